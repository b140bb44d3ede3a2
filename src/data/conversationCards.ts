/**
 * Samtalskorten: the site's solution-focused conversation deck, used by the tool on
 * /verktyg/samtalskort and by the example questions on /metodhandbok/losningsfokus (one source,
 * so the two never disagree). Written by us in klarspråk, in the solution-focused tradition the
 * handbook describes; not copied from the reports or from any printed deck. Background: staff in
 * Västmanland have made and launched a solution-focused card deck (Årsrapport 2024, L320, L1040),
 * and Surahammar starts group conversations from fixed statements on ACT cards (L418–L426).
 *
 * Rules (src/data/conversationCardsSchema.ts checks them when the site is built):
 * - An id is never reused or changed: shared links and saved sets keep card ids. Retire a card by
 *   removing it; the tool then says that the card is no longer in the deck.
 * - `text` is the question for staff and participants; `easy` says the same in simpler Swedish
 *   (lättläst) for participants with little Swedish: short words, one thing per sentence.
 * - `example: true` puts the card among the example questions on the lösningsfokus page.
 */

export const cardTypes = {
  'onskad-framtid': {label: 'Önskad framtid', handbook: '/metodhandbok/losningsfokus#fragor-onskad-framtid'},
  mal: {label: 'Mål', handbook: '/metodhandbok/losningsfokus#fragor-mal'},
  skalfraga: {label: 'Skalfråga', handbook: '/metodhandbok/losningsfokus#fragor-skalfraga'},
  undantag: {label: 'Undantag', handbook: '/metodhandbok/losningsfokus#fragor-undantag'},
  resurser: {label: 'Resurser och styrkor', handbook: '/metodhandbok/losningsfokus#fragor-resurser'},
  coping: {label: 'Coping', handbook: '/metodhandbok/losningsfokus#fragor-coping'},
  relationsfragor: {label: 'Relationsfrågor', handbook: '/metodhandbok/losningsfokus#fragor-relationsfragor'},
  'nasta-steg': {label: 'Nästa steg', handbook: '/metodhandbok/losningsfokus#fragor-nasta-steg'},
  utvardering: {label: 'Utvärdering av mötet', handbook: '/metodhandbok/losningsfokus#fragor-utvardering'},
  grupp: {label: 'Grupp', handbook: '/metodhandbok/gruppformat/samtalsgrupper'},
  varden: {label: 'Värden', handbook: '/metodhandbok/act'},
} as const;

export type CardTypeId = keyof typeof cardTypes;
export const cardTypeIds = Object.keys(cardTypes) as [CardTypeId, ...CardTypeId[]];

/** What each type is for, in one sentence: shown on the cards' back and on the staff page. */
export const cardTypeDescriptions: Readonly<Record<CardTypeId, string>> = {
  'onskad-framtid': 'Frågor om hur det ser ut när det har blivit bättre.',
  mal: 'Frågor som gör målet tydligt och deltagarens eget.',
  skalfraga: 'Frågor där deltagaren skattar från 0 till 10 och ni pratar om steget upp.',
  undantag: 'Frågor om tillfällen när problemet var mindre eller inte fanns.',
  resurser: 'Frågor om det deltagaren kan, har gjort och har omkring sig.',
  coping: 'Frågor om hur deltagaren har orkat när det är svårt.',
  relationsfragor: 'Frågor om hur andra människor ser deltagaren och förändringen.',
  'nasta-steg': 'Frågor om ett litet och konkret steg framåt.',
  utvardering: 'Frågor i slutet av ett möte om vad som var till nytta.',
  grupp: 'Frågor att ställa till en hel grupp.',
  varden: 'Korta påståenden om vad som är viktigt i livet, att samtala om i grupp.',
};

export const cardPhases = {
  'forsta-motet': 'Första mötet',
  uppfoljning: 'Uppföljning',
  avslut: 'Avslut',
  grupp: 'Grupp',
} as const;

export type CardPhaseId = keyof typeof cardPhases;
export const cardPhaseIds = Object.keys(cardPhases) as [CardPhaseId, ...CardPhaseId[]];

export interface ConversationCard {
  /** Short and stable (letters and a number), used in links and saved sets. */
  id: string;
  type: CardTypeId;
  text: string;
  /** The same question in simpler Swedish (lättläst). */
  easy: string;
  phases: readonly CardPhaseId[];
  /** Shown among the example questions on the lösningsfokus page. */
  example?: true;
}

export const conversationCards: readonly ConversationCard[] = [
  // Önskad framtid
  {id: 'f1', type: 'onskad-framtid', text: 'Vad vill du ska vara annorlunda när du slutar hos oss?', easy: 'Vad vill du ändra i ditt liv?', phases: ['forsta-motet', 'avslut'], example: true},
  {
    id: 'f2',
    type: 'onskad-framtid',
    text: 'Tänk dig att det sker ett mirakel i natt och att det som fick dig att komma hit är löst. Vad är det första du märker i morgon som visar att något har hänt?',
    easy: 'Tänk att allt är bra när du vaknar i morgon. Vad märker du först?',
    phases: ['forsta-motet', 'uppfoljning'],
    example: true,
  },
  {id: 'f3', type: 'onskad-framtid', text: 'Hur ser en vanlig dag ut för dig om ett år, när det går bra?', easy: 'Tänk på en bra dag om ett år. Vad gör du då?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'f4', type: 'onskad-framtid', text: 'Vad gör du då som du inte gör i dag?', easy: 'Vad gör du då som du inte gör nu?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'f5', type: 'onskad-framtid', text: 'Vem i din närhet skulle först se att det har blivit bättre, och vad skulle hen se?', easy: 'Vem ser först att det är bättre? Vad ser hen?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'f6', type: 'onskad-framtid', text: 'Om vårt samarbete blir riktigt bra, vad har då hänt när vi ses för sista gången?', easy: 'Vi ses en sista gång. Vad har hänt då, om det har gått bra?', phases: ['forsta-motet']},
  {id: 'f7', type: 'onskad-framtid', text: 'Vad hoppas du på mest just nu?', easy: 'Vad hoppas du på?', phases: ['forsta-motet', 'uppfoljning', 'grupp']},

  // Mål
  {id: 'm1', type: 'mal', text: 'Vad behöver hända här i dag för att det ska ha varit värt att komma?', easy: 'Vad vill du få ut av i dag?', phases: ['forsta-motet', 'uppfoljning'], example: true},
  {id: 'm2', type: 'mal', text: 'Hur märker du att du är på väg mot ditt mål?', easy: 'Hur vet du att du går framåt?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'm3', type: 'mal', text: 'Vad vill du ha i stället för det som är svårt nu?', easy: 'Vad vill du ha i stället?', phases: ['forsta-motet']},
  {id: 'm4', type: 'mal', text: 'Vad är viktigast för dig att vi arbetar med först?', easy: 'Vad är viktigast att börja med?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'm5', type: 'mal', text: 'Vad skulle vara ett tecken på att du inte behöver oss längre?', easy: 'Hur vet du att du inte behöver oss mer?', phases: ['uppfoljning', 'avslut']},
  {id: 'm6', type: 'mal', text: 'Om du tänker på arbete eller studier, vad lockar dig mest?', easy: 'Vilket jobb eller vilka studier vill du ha?', phases: ['forsta-motet', 'uppfoljning']},

  // Skalfrågor
  {
    id: 's1',
    type: 'skalfraga',
    text: 'Tänk dig en skala från 0 till 10. 10 betyder att du har nått ditt mål, och 0 att du inte har kommit någonstans alls. Var är du i dag?',
    easy: 'Tänk på en skala från 0 till 10. 10 är ditt mål. Var är du nu?',
    phases: ['forsta-motet', 'uppfoljning', 'avslut'],
  },
  {id: 's2', type: 'skalfraga', text: 'Vad gör att du är på en fyra och inte på en nolla?', easy: 'Du är inte på 0. Vad har hjälpt dig?', phases: ['forsta-motet', 'uppfoljning'], example: true},
  {id: 's3', type: 'skalfraga', text: 'Hur märker du att du har kommit ett steg upp?', easy: 'Du går ett steg upp. Hur märker du det?', phases: ['forsta-motet', 'uppfoljning'], example: true},
  {id: 's4', type: 'skalfraga', text: 'Var på skalan skulle du vara nöjd?', easy: 'Vilken siffra räcker för dig?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 's5', type: 'skalfraga', text: 'Från 0 till 10: hur säker är du på att du kan ta nästa steg?', easy: 'Kan du ta nästa steg? Svara med en siffra från 0 till 10.', phases: ['uppfoljning']},
  {id: 's6', type: 'skalfraga', text: 'Var var du på skalan när vi sågs första gången, och var är du nu?', easy: 'Vilken siffra hade du förra gången? Vilken har du nu?', phases: ['uppfoljning', 'avslut']},
  {id: 's7', type: 'skalfraga', text: 'Vad skulle någon som känner dig väl säga att du är på skalan?', easy: 'Vilken siffra tror en vän att du har?', phases: ['uppfoljning']},

  // Undantag
  {
    id: 'u1',
    type: 'undantag',
    text: 'När var det lite bättre, eller när märktes problemet inte alls? Vad var annorlunda då?',
    easy: 'När var det lite bättre? Vad var annorlunda då?',
    phases: ['forsta-motet', 'uppfoljning'],
    example: true,
  },
  {id: 'u2', type: 'undantag', text: 'Berätta om en dag den senaste tiden som var lite lättare än de andra.', easy: 'Berätta om en dag som var lite lättare.', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'u3', type: 'undantag', text: 'Vad gjorde du den gången, som du kan göra igen?', easy: 'Vad gjorde du då? Kan du göra det igen?', phases: ['uppfoljning']},
  {id: 'u4', type: 'undantag', text: 'När har du klarat något liknande förut?', easy: 'Har du klarat något sådant förut?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'u5', type: 'undantag', text: 'Vad har blivit bättre sedan vi sågs sist, även om det är lite?', easy: 'Vad är bättre sedan sist?', phases: ['uppfoljning'], example: true},
  {id: 'u6', type: 'undantag', text: 'Vilka stunder i veckan är du mest dig själv?', easy: 'När i veckan mår du bäst?', phases: ['forsta-motet', 'uppfoljning']},

  // Resurser och styrkor
  {id: 'r1', type: 'resurser', text: 'Vad är du bra på?', easy: 'Vad är du bra på?', phases: ['forsta-motet', 'uppfoljning', 'grupp']},
  {id: 'r2', type: 'resurser', text: 'Vad mer?', easy: 'Något mer?', phases: ['forsta-motet', 'uppfoljning', 'avslut', 'grupp'], example: true},
  {id: 'r3', type: 'resurser', text: 'Vad skulle dina vänner säga att de uppskattar hos dig?', easy: 'Vad tycker dina vänner om hos dig?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'r4', type: 'resurser', text: 'Vad har du lärt dig i livet som du är stolt över?', easy: 'Vad har du lärt dig som du är stolt över?', phases: ['forsta-motet', 'avslut']},
  {id: 'r5', type: 'resurser', text: 'Vad gör du på fritiden som ger dig energi?', easy: 'Vad gör du gärna när du är ledig?', phases: ['forsta-motet', 'grupp']},
  {id: 'r6', type: 'resurser', text: 'Vilka erfarenheter från jobb, skola eller hemmet kan du ha nytta av nu?', easy: 'Vad kan du från jobb, skola eller hemmet?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'r7', type: 'resurser', text: 'Vilka styrkor har du använt under tiden hos oss?', easy: 'Vad har du varit bra på här hos oss?', phases: ['avslut'], example: true},

  // Coping
  {id: 'c1', type: 'coping', text: 'Hur har du orkat så här långt? Vad har hjälpt dig?', easy: 'Hur orkar du? Vad hjälper dig?', phases: ['forsta-motet', 'uppfoljning'], example: true},
  {id: 'c2', type: 'coping', text: 'Hur gör du för att det inte ska bli sämre?', easy: 'Vad gör du så att det inte blir sämre?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'c3', type: 'coping', text: 'Vad gör du en tung dag som hjälper lite?', easy: 'Vad hjälper dig en dålig dag?', phases: ['forsta-motet', 'uppfoljning', 'grupp']},
  {id: 'c4', type: 'coping', text: 'Vem eller vad har du kunnat luta dig mot?', easy: 'Vem hjälper dig när det är svårt?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'c5', type: 'coping', text: 'Hur tog du dig hit i dag, trots allt?', easy: 'Du kom hit i dag. Hur gjorde du?', phases: ['forsta-motet']},

  // Relationsfrågor
  {id: 'q1', type: 'relationsfragor', text: 'Vem skulle märka först att du har tagit ett steg framåt?', easy: 'Vem ser först att du går framåt?', phases: ['forsta-motet', 'uppfoljning'], example: true},
  {id: 'q2', type: 'relationsfragor', text: 'Vad skulle din bästa vän säga att du behöver för att lyckas?', easy: 'Vad tror din vän att du behöver?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'q3', type: 'relationsfragor', text: 'Vad skulle de som känner dig säga att du är bra på?', easy: 'Vad tycker andra att du är bra på?', phases: ['forsta-motet', 'uppfoljning', 'avslut']},
  {id: 'q4', type: 'relationsfragor', text: 'Hur skulle din familj märka att det går bättre för dig?', easy: 'Hur ser din familj att det går bättre?', phases: ['uppfoljning']},
  {id: 'q5', type: 'relationsfragor', text: 'Vem vill du ska veta hur det går för dig?', easy: 'Vem vill du berätta för?', phases: ['uppfoljning', 'avslut']},
  {id: 'q6', type: 'relationsfragor', text: 'Vad skulle en chef som du har haft säga att du gjorde bra?', easy: 'Vad tyckte en chef att du gjorde bra?', phases: ['forsta-motet']},

  // Nästa steg
  {id: 'n1', type: 'nasta-steg', text: 'Vad är ett litet steg du kan ta före nästa gång vi ses?', easy: 'Vad kan du göra före nästa gång?', phases: ['forsta-motet', 'uppfoljning'], example: true},
  {id: 'n2', type: 'nasta-steg', text: 'Vad skulle vara ett tecken på att du har tagit det steget?', easy: 'Hur vet vi att du har gjort det?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'n3', type: 'nasta-steg', text: 'Vad behöver du från oss eller från någon annan för att ta steget?', easy: 'Vad behöver du för hjälp?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'n4', type: 'nasta-steg', text: 'Vad kan du fortsätta göra som redan fungerar?', easy: 'Vad ska du fortsätta med?', phases: ['uppfoljning', 'avslut']},
  {id: 'n5', type: 'nasta-steg', text: 'Vad är det minsta du kan göra i morgon som tar dig i rätt riktning?', easy: 'Vad kan du göra i morgon?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'n6', type: 'nasta-steg', text: 'Vad gör du efter att du har slutat hos oss, när det blir svårt?', easy: 'Vad gör du sen, när det är svårt?', phases: ['avslut']},

  // Utvärdering av mötet
  {id: 'e1', type: 'utvardering', text: 'Vad i dag har varit mest till nytta för dig?', easy: 'Vad var bra i dag?', phases: ['forsta-motet', 'uppfoljning', 'avslut', 'grupp'], example: true},
  {id: 'e2', type: 'utvardering', text: 'Vad ska vi göra mer av nästa gång?', easy: 'Vad vill du göra mer nästa gång?', phases: ['forsta-motet', 'uppfoljning', 'grupp']},
  {id: 'e3', type: 'utvardering', text: 'Vad tar du med dig härifrån i dag?', easy: 'Vad tar du med dig hem?', phases: ['forsta-motet', 'uppfoljning', 'avslut', 'grupp'], example: true},
  {id: 'e4', type: 'utvardering', text: 'Var det något i samtalet som inte passade dig, som vi kan göra annorlunda?', easy: 'Var något dåligt? Vad kan vi ändra?', phases: ['forsta-motet', 'uppfoljning']},
  {id: 'e5', type: 'utvardering', text: 'Om du tänker på hela tiden hos oss, vad har hjälpt dig mest?', easy: 'Vad har hjälpt dig mest hos oss?', phases: ['avslut']},

  // Grupp
  {id: 'g1', type: 'grupp', text: 'Vad har gått bra för er sedan vi sågs sist?', easy: 'Vad har gått bra sedan sist?', phases: ['grupp']},
  {id: 'g2', type: 'grupp', text: 'Vad vill ni att den här gruppen ska ge er?', easy: 'Vad vill du få av gruppen?', phases: ['grupp']},
  {id: 'g3', type: 'grupp', text: 'Vad har du lagt märke till att någon annan i gruppen är bra på?', easy: 'Vad är någon annan i gruppen bra på?', phases: ['grupp']},
  {id: 'g4', type: 'grupp', text: 'Vad behöver vi i gruppen för att alla ska känna sig trygga?', easy: 'Vad gör gruppen trygg?', phases: ['grupp']},
  {id: 'g5', type: 'grupp', text: 'Vilket litet guldkorn har du haft den här veckan?', easy: 'Vad var fint den här veckan?', phases: ['grupp']},
  {id: 'g6', type: 'grupp', text: 'Vad har du lärt dig av någon annan här?', easy: 'Vad har du lärt dig av de andra?', phases: ['grupp', 'avslut']},
  {id: 'g7', type: 'grupp', text: 'Vad tar vi med oss till nästa träff?', easy: 'Vad tar vi med till nästa gång?', phases: ['grupp']},

  // Värden, för samtal i grupp i ACT-andan: korta påståenden att fundera kring.
  {id: 'v1', type: 'varden', text: 'Höra ihop med andra', easy: 'Att ha andra människor runt mig.', phases: ['grupp']},
  {id: 'v2', type: 'varden', text: 'Lära mig nya saker', easy: 'Att lära mig något nytt.', phases: ['grupp']},
  {id: 'v3', type: 'varden', text: 'Ta hand om min kropp', easy: 'Att äta, sova och röra på mig.', phases: ['grupp']},
  {id: 'v4', type: 'varden', text: 'Göra nytta för andra', easy: 'Att hjälpa någon.', phases: ['grupp']},
  {id: 'v5', type: 'varden', text: 'Bestämma över mitt eget liv', easy: 'Att själv välja vad jag gör.', phases: ['grupp']},
  {id: 'v6', type: 'varden', text: 'Våga försöka igen', easy: 'Att prova igen när något gick fel.', phases: ['grupp']},
  {id: 'v7', type: 'varden', text: 'Finnas där för min familj', easy: 'Att vara nära min familj.', phases: ['grupp']},
  {id: 'v8', type: 'varden', text: 'Ha ett arbete att gå till', easy: 'Att ha ett jobb.', phases: ['grupp']},
  {id: 'v9', type: 'varden', text: 'Skratta och ha roligt', easy: 'Att ha kul.', phases: ['grupp']},
  {id: 'v10', type: 'varden', text: 'Vila utan dåligt samvete', easy: 'Att få vila.', phases: ['grupp']},
  {id: 'v11', type: 'varden', text: 'Vara ärlig mot mig själv', easy: 'Att säga som det är, också till mig själv.', phases: ['grupp']},
  {id: 'v12', type: 'varden', text: 'Skapa något med mina händer', easy: 'Att göra saker, till exempel laga mat eller bygga.', phases: ['grupp']},
  {id: 'v13', type: 'varden', text: 'Känna mig trygg där jag bor', easy: 'Att ha ett bra hem.', phases: ['grupp']},
  {id: 'v14', type: 'varden', text: 'Ha ordning på min ekonomi', easy: 'Att ha koll på mina pengar.', phases: ['grupp']},
];
