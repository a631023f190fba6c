import { IsInt, IsString, MetadataStorage, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { memoizeValidationMetadata } from './validation-metadata-cache.js';

class Base {
  @IsString()
  name!: unknown;
}

class Derived extends Base {
  @IsInt()
  count!: unknown;
}

describe('memoizeValidationMetadata', () => {
  it('answers what the uncached lookup answers, inherited rules included, and computes each class once', () => {
    const storage = new MetadataStorage();
    const fresh = new MetadataStorage();
    for (const s of [storage, fresh]) {
      s.addValidationMetadata({ target: Base, propertyName: 'name', type: 'customValidation' } as never);
      s.addValidationMetadata({ target: Derived, propertyName: 'count', type: 'customValidation' } as never);
    }
    const original = storage.getTargetValidationMetadatas.bind(storage);
    let computed = 0;
    storage.getTargetValidationMetadatas = (...args) => {
      computed++;
      return original(...args);
    };
    memoizeValidationMetadata(storage);
    const names = (list: { propertyName: string }[]) => list.map((m) => m.propertyName).sort();
    for (let i = 0; i < 3; i++) {
      expect(names(storage.getTargetValidationMetadatas(Derived, '', false, false))).toEqual(['count', 'name']);
      expect(names(storage.getTargetValidationMetadatas(Derived, '', false, false))).toEqual(
        names(fresh.getTargetValidationMetadatas(Derived, '', false, false)),
      );
    }
    expect(computed).toBe(1);
    // Other options are another entry.
    storage.getTargetValidationMetadatas(Derived, '', false, false, ['g']);
    expect(computed).toBe(2);
  });

  it('a rule registered after a lookup is seen by the next one', () => {
    const storage = new MetadataStorage();
    memoizeValidationMetadata(storage);
    storage.addValidationMetadata({ target: Base, propertyName: 'name', type: 'customValidation' } as never);
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).toHaveLength(1);
    storage.addValidationMetadata({ target: Base, propertyName: 'extra', type: 'customValidation' } as never);
    expect(storage.getTargetValidationMetadatas(Base, '', false, false).map((m) => m.propertyName)).toEqual(['name', 'extra']);
  });

  it('on the global storage, validation still finds inherited and later-defined rules', async () => {
    memoizeValidationMetadata();
    expect(await validate(Object.assign(new Derived(), { name: 1, count: 'x' }))).toHaveLength(2);
    class Later extends Derived {
      @IsString()
      label!: unknown;
    }
    const errors = await validate(Object.assign(new Later(), { name: 'a', count: 1, label: 2 }));
    expect(errors.map((e) => e.property)).toEqual(['label']);
    expect(await validate(Object.assign(new Derived(), { name: 'a', count: 1 }))).toHaveLength(0);
  });
});
