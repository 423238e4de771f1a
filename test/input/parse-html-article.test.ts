import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleReadError } from '../../src/input/errors.ts';
import { parseHtmlArticle } from '../../src/input/parse-html-article.ts';

const context = { id: 'page', origin: 'page.html' };
const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;
const BODY = '<p>Body text.</p>';

describe('parseHtmlArticle: metadata', () => {
  it.each([
    ['og:title wins over <title>', page('<title>T1</title><meta property="og:title" content="OG title">', BODY), { title: 'OG title' }],
    ['<title> with the site name stripped', page('<title>Biden meets Putin | Daily Example</title><meta property="og:site_name" content="Daily Example">', BODY), { title: 'Biden meets Putin', source: 'Daily Example' }],
    ['<title> kept whole when the tail is not the site', page('<title>Left - Right</title>', BODY), { title: 'Left - Right' }],
    ['first <h1> when there is no <title>', page('', '<h1>Heading one</h1><p>Body text.</p><h1>Heading two</h1>'), { title: 'Heading one', text: 'Body text.\n\nHeading two' }],
    ['article:published_time', page('<meta property="article:published_time" content="2021-04-16T10:00:00+05:30">', BODY), { date: '2021-04-16T10:00:00+05:30' }],
    ['og:published_time', page('<meta property="og:published_time" content="2021-04-16">', BODY), { date: '2021-04-16' }],
    ['meta name=date', page('<meta name="date" content="April 16, 2021">', BODY), { date: '2021-04-16' }],
    ['meta name=pubdate', page('<meta name="pubdate" content="20210416">', BODY), { date: '2021-04-16' }],
    ['meta name=DC.date, any case', page('<meta name="DC.Date" content="2021-04-16">', BODY), { date: '2021-04-16' }],
    ['JSON-LD datePublished', page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-16"}</script>', BODY), { date: '2021-04-16' }],
    ['<time datetime>', page('', '<p>Posted <time datetime="2021-04-16T09:00:00Z">Friday</time>.</p><p>Body.</p>'), { date: '2021-04-16T09:00:00Z', text: 'Posted Friday.\n\nBody.' }],
    ['an unparseable date is left out', page('<meta name="date" content="last Friday">', BODY), {}],
    ['og:url wins over canonical', page('<link rel="canonical" href="https://c.example/a"><meta property="og:url" content="https://og.example/a">', BODY), { url: 'https://og.example/a' }],
    ['canonical link', page('<link rel="canonical" href="https://c.example/a">', BODY), { url: 'https://c.example/a' }],
    ['source from JSON-LD publisher', page('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Wire"},"datePublished":"2021-04-16"}</script>', BODY), { source: 'Wire', date: '2021-04-16' }],
    ['author from meta', page('<meta name="author" content="Jane Doe">', BODY), { author: 'Jane Doe' }],
  ])('%s', (_name, html, expected) => {
    const a = parseHtmlArticle(html, context);
    expect(a).toMatchObject(expected);
    for (const key of ['title', 'date', 'url', 'source', 'author'] as const) {
      if (!(key in expected)) expect(a[key], key).toBeUndefined();
    }
  });
});

describe('parseHtmlArticle: body', () => {
  it.each([
    ['<article> wins over the rest of the page', '<p>Menu text</p><article><p>One.</p><p>Two.</p></article><p>Tail</p>', 'One.\n\nTwo.'],
    ['the longest <article> wins over teasers', '<article><p>Teaser.</p></article><article><p>The real story, much longer.</p><p>Two.</p></article>', 'The real story, much longer.\n\nTwo.'],
    ['<main> when there is no <article>', '<div>Menu</div><main><p>One.</p></main>', 'One.'],
    ['role=main', '<div>Menu</div><div role="main"><p>One.</p></div>', 'One.'],
    ['the whole body otherwise', '<div>One.</div><div>Two.</div>', 'One.\n\nTwo.'],
    ['boilerplate elements are dropped', '<article><header>H</header><nav>N</nav><p>One.</p><script>var x=1;</script><style>p{}</style><aside>A</aside><form>F</form><noscript>NS</noscript><template>T</template><footer>F</footer></article>', 'One.'],
    ['entities are decoded', '<p>Tom &amp; Jerry &eacute;t&eacute; &#8220;hi&#8221; &nbsp;x</p>', 'Tom & Jerry été \u201Chi\u201D x'],
    ['inline whitespace collapses, <br> is a line break', '<p>One\n   two <b>three</b><br>four</p>', 'One two three\nfour'],
    ['headings and list items are paragraphs', '<h2>Sub</h2><p>Text <a href="#">link</a>.</p><ul><li>a</li><li>b</li></ul>', 'Sub\n\nText link.\n\na\n\nb'],
    ['table cells are separated', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
    ['broken markup still gives its text', '<p>One<p>Two<div>Three</span><p>Four &amp', 'One\n\nTwo\n\nThree\n\nFour &'],
    ['a dateline in the first paragraph becomes metadata', '<p>WASHINGTON (Reuters) - The Senate voted.</p><p>More.</p>', 'The Senate voted.\n\nMore.'],
    ['HTML without html/body tags', '<p>Just a fragment.</p>', 'Just a fragment.'],
  ])('%s', (_name, body, text) => {
    expect(parseHtmlArticle(`<html><body>${body}</body></html>`, context).text).toBe(text);
  });

  it('drops the <h1> that repeats the title, keeps other headings', () => {
    const a = parseHtmlArticle(page('<title>Big news</title>', '<article><h1>Big news</h1><p>Body.</p><h1>Other</h1></article>'), context);
    expect(a).toMatchObject({ title: 'Big news', text: 'Body.\n\nOther' });
  });

  it('reads a realistic page fixture', () => {
    const html = readFileSync(new URL('../fixtures/input/news-page.html', import.meta.url), 'utf8');
    const a = parseHtmlArticle(html, context);
    expect(a).toEqual({
      id: 'page',
      origin: 'page.html',
      title: 'Harbour reopens after storm',
      date: '2021-04-16',
      source: 'Example Gazette',
      author: 'Jane Doe, John Roe',
      text: [
        'The harbour at Portsmouth reopened on Friday & the first ferry left at 6am.',
        '\u201CWe\u2019re back,\u201D said the harbour master, Ren\u00E9e Smith.\nShe thanked the crews.',
        'A ferry leaves Portsmouth.',
        'Ferries: running',
        'Trains: delayed',
      ].join('\n\n'),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it.each([
    ['an empty document', ''],
    ['only scripts and navigation', '<html><head><script>x()</script></head><body><nav>Home</nav></body></html>'],
    ['a page whose text is all in the header', '<body><header>Site</header></body>'],
  ])('%s is an ArticleReadError', (_name, html) => {
    expect(() => parseHtmlArticle(html, context)).toThrowError(ArticleReadError);
    expect(() => parseHtmlArticle(html, context)).toThrowError(/page\.html: no visible article text/);
  });
});
