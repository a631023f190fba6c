import { describe, expect, it } from 'vitest';
import { pickLanguageText } from './language-pick';

const NAME = [
  { value: 'Conformity attestation AT-1: VMC-850', language: 'en' },
  { value: '符合性证明 AT-1: VMC-850', language: 'zh-CN' },
  { value: 'Chứng thư về sự phù hợp AT-1: VMC-850', language: 'vi' },
];

describe('pickLanguageText', () => {
  it('takes the reader’s language, then the same language in another region, then English, then the first', () => {
    expect(pickLanguageText(NAME, 'vi')).toBe('Chứng thư về sự phù hợp AT-1: VMC-850');
    expect(pickLanguageText(NAME, 'zh-CN')).toBe('符合性证明 AT-1: VMC-850');
    expect(pickLanguageText([{ value: '符合性证明', language: 'zh' }, ...NAME.slice(0, 1)], 'zh-CN')).toBe('符合性证明');
    expect(pickLanguageText(NAME, 'th')).toBe('Conformity attestation AT-1: VMC-850');
    expect(
      pickLanguageText(
        [
          { value: 'Thuộc tính', language: 'vi' },
          { value: '属性', language: 'zh-CN' },
        ],
        'ms',
      ),
    ).toBe('Thuộc tính');
    expect(pickLanguageText([{ value: 'plain', language: null }], 'vi')).toBe('plain');
    expect(pickLanguageText([], 'vi')).toBeNull();
    expect(pickLanguageText(undefined, 'vi')).toBeNull();
  });
});
