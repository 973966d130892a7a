import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { newsFeed, newsItems } from '../../../src/lib/data/news.ts';
import { HISTORY_FALLBACK } from '../../../src/lib/data/history.ts';
import { site } from './seedSite.ts';

describe('Atom feed of plans added or changed', () => {
  const items = newsItems(site, { available: false, reason: 'shallow', message: HISTORY_FALLBACK.shallow }, 50);
  const xml = newsFeed(items, 'https://x.vn', '2026-12-06');

  it('is well-formed XML with the elements Atom (RFC 4287) requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: {
        '@_xmlns': string;
        id: string;
        title: string;
        updated: string;
        entry: { id: string; title: unknown; updated: string; link: { '@_href': string } }[];
      };
    };
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.id).toBe('https://x.vn/co-gi-moi/');
    expect(Date.parse(doc.feed.updated)).not.toBeNaN();
    expect(doc.feed.entry).toHaveLength(site.plans.length);
    for (const e of doc.feed.entry) {
      expect(e.id).toMatch(/^https:\/\/x\.vn\/co-gi-moi\/#/);
      expect(e.link['@_href']).toMatch(/^https:\/\/x\.vn\/ke-hoach\/[a-z0-9-]+\/$/);
      expect(Date.parse(e.updated)).not.toBeNaN();
    }
    expect(new Set(doc.feed.entry.map((e) => e.id)).size).toBe(doc.feed.entry.length);
  });

  it('falls back to the dates plans were added when the build has no history', () => {
    expect(items.every((i) => i.added)).toBe(true);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort().reverse());
  });
});
