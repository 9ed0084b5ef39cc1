// The autosave's two promises: every change is written, and with `writeAhead` every change leaves in the
// task that made it, even while an earlier write is still in flight (a killed browser keeps it).
import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createAutosave } from './createAutosave';

function setUp() {
  const [value, setValue] = createSignal('');
  const written: string[] = [];
  const ahead: string[] = [];
  let release: () => void = () => {};
  const autosave = createRoot(() =>
    createAutosave(
      () => value(),
      (next) => {
        written.push(next);
        return new Promise<void>((resolve) => (release = resolve));
      },
      (next) => ahead.push(next),
    ),
  );
  return { setValue, written, ahead, autosave, release: () => release() };
}

describe('createAutosave', () => {
  it('hands every change to writeAhead at once, while the first write is still in flight', () => {
    const { setValue, written, ahead } = setUp();
    setValue('а');
    setValue('аб');
    setValue('абв');
    expect(ahead).toEqual(['а', 'аб', 'абв']);
    expect(written).toEqual(['а']); // the rest waits for it and is folded into one write
  });

  it('folds the changes made meanwhile into one write of the latest value', async () => {
    const { setValue, written, autosave, release } = setUp();
    setValue('а');
    setValue('аб');
    setValue('абв');
    const flushed = autosave.flush();
    release();
    await Promise.resolve();
    release();
    await flushed;
    expect(written).toEqual(['а', 'абв']);
  });
});
