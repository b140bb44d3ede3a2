import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import SourcesSection from '@site/src/components/SourcesSection';
import {siteTitle, siteTagline} from '@site/src/config/site';
import AudienceRoutes from './_components/AudienceRoutes';
import SectionList from './_components/SectionList';
import styles from './index.module.css';

export default function StartPage(): ReactNode {
  return (
    <Layout title="Startsida" description={siteTagline}>
      <main>
        <header className={styles.hero}>
          <div className="container">
            <h1 className={styles.title}>{siteTitle}</h1>
            <p className={styles.intro}>
              Ett samordningsteam är ett litet team som kommunen, regionen, Försäkringskassan och Arbetsförmedlingen
              driver tillsammans genom ett samordningsförbund. Teamet stöttar personer som står långt från arbete, till
              exempel efter lång sjukskrivning eller arbetslöshet, att ta steg mot arbete, studier eller rätt stöd.
            </p>
          </div>
        </header>
        <div className="container">
          <AudienceRoutes />
          <SectionList />
          <SourcesSection ids={['arsrapport-2024']} />
        </div>
      </main>
    </Layout>
  );
}
