import { describe, expect, it } from 'vitest';
import { citationsInText } from '../../electron/common/citationsInText';

const labels = (text: string) => citationsInText(text).map((citation) => citation.label);

describe('citationsInText', () => {
  it.each([
    ['On draft article 6, paragraph 2, my delegation proposes', ['Art. 6(2)']],
    ['as in article 2(1)(h) of the draft', ['Art. 2(1)(h)']],
    ['DA 6 should be deleted', ['Art. 6']],
    ['paragraph 2 of draft article 6 is too broad', ['Art. 6(2)']],
    ['In 1998 the Rome Statute, article 7 bis', ['Art. 7 bis']],
    ["le paragraphe 2 de l'article 6", ['Art. 6(2)']],
    ['el párrafo 2 del artículo 6 y el artículo 3', ['Art. 6(2)', 'Art. 3']],
    ['пункт 2 статьи 6 проекта', ['Art. 6(2)']],
    ['статья 7, пункт 1', ['Art. 7(1)']],
    ['الفقرة 2 من المادة 6', ['Art. 6(2)']],
    ['المادة ٧', ['Art. 7']],
    ['第六条第二款', ['Art. 6(2)']],
    ['第12条', ['Art. 12']],
    ['第二十三条', ['Art. 23']],
  ])('reads %s', (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it('finds nothing where no article is cited, and keeps the sentence out of the label', () => {
    expect(labels('the article of faith, in 1998')).toEqual([]);
    expect(labels('Articles 5 and 6')).toEqual(['Art. 5']);
    expect(labels('article 6 is too broad; article 6 again')).toEqual(['Art. 6']);
  });
});
