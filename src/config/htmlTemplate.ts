/**
 * The HTML template of every page (Docusaurus `ssrTemplate`). It is Docusaurus' own template with
 * one change: the page's scripts are not `<script defer>` tags in <head>, which the browser starts
 * downloading at once, sharing the connection with the render-blocking CSS. Instead one small
 * loader at the end of <body> adds them (in order) right after the first paint. The text paints as
 * soon as the HTML and CSS are there; the scripts follow and hydrate the page. "After the first
 * paint" is when the browser reports the first contentful paint (a PerformanceObserver for
 * "paint"), so the text has been shown before the scripts are even requested; a page that is not
 * painted (a hidden tab) or a browser without paint timing gets its scripts after one second.
 * Before, the loader waited one requestAnimationFrame: the requests then sometimes started a few
 * milliseconds before the paint was shown, and Lighthouse counted the scripts' download in the time
 * to the largest paint (method page LCP 0.9 or 1.5 s from run to run, median 1.33 × the no-JS
 * floor). Two frames did not work: headless Chromium draws no second frame on a still page.
 *
 * The loader is the same on every page, so the Content-Security-Policy allows it by one hash
 * (deploy/nginx/security-headers.conf); the page's script list is in its data-scripts attribute.
 */

/** Reads its own data-scripts and appends each as a script that keeps the order (async = false), once. */
// Written as the HTML minifier leaves it, so that the built page has exactly this text and its hash.
export const scriptLoader =
  '!function(t){var e=t.getAttribute("data-scripts").split(" "),n=!1;function r(){n||(n=!0,e.forEach(function(t){var e=document.createElement("script");e.src=t,e.async=!1,document.head.appendChild(e)}))}try{new PerformanceObserver(function(t){t.getEntriesByName("first-contentful-paint").length&&r()}).observe({type:"paint",buffered:!0})}catch(t){}setTimeout(r,1e3)}(document.currentScript)';

export const htmlTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script data-scripts="<% it.scripts.forEach((script, index) => { %><%= index > 0 ? ' ' : '' %><%= it.baseUrl %><%= script %><% }); %>">${scriptLoader}</script>
  </body>
</html>
`;
