import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { findConfig, loadTemplates } from './config.js';
import { CUSTOM_TEMPLATE } from './test-support/custom-template.js';
import { tempDir } from './test-support/fake-io.js';

describe('config', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('finds hindsight.config.json in a parent folder and loads its templates', async () => {
    await writeFile(
      join(dir, 'hindsight.config.json'),
      JSON.stringify({ templates: 'tpl', profile: 'sre' }),
    );
    await mkdir(join(dir, 'tpl'));
    await writeFile(join(dir, 'tpl', 'Payments.md'), CUSTOM_TEMPLATE);
    await mkdir(join(dir, 'deep', 'er'), { recursive: true });
    const config = await findConfig(join(dir, 'deep', 'er'));
    expect(config.root).toBe(dir);
    expect(config.profile).toBe('sre');
    const [template] = await loadTemplates(config);
    expect(template?.id).toBe('payments');
    expect(template?.name).toBe('Payments incident');
    expect(template?.profile).toBe('minimal');
    expect(template?.source).toBe(join(dir, 'tpl', 'Payments.md'));
  });

  it('is empty when there is no config file', async () => {
    const config = await findConfig(dir);
    // A config file further up (in the real temp folder's parents) would be a surprise here.
    expect(config.templates).toBeUndefined();
    expect(await loadTemplates({ raw: {} })).toEqual([]);
  });

  it('names the file when the JSON is broken', async () => {
    await writeFile(join(dir, 'hindsight.config.json'), '{ "templates": ');
    const error = await findConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toContain(join(dir, 'hindsight.config.json'));
  });

  it('says which setting is wrong', async () => {
    await writeFile(join(dir, 'hindsight.config.json'), JSON.stringify({ templates: 3 }));
    await expect(findConfig(dir)).rejects.toThrow(/"templates" must be the path of a folder/);
  });

  it('names the missing templates folder and the config that points at it', async () => {
    await writeFile(join(dir, 'hindsight.config.json'), JSON.stringify({ templates: 'nope' }));
    await expect(loadTemplates(await findConfig(dir))).rejects.toThrow(
      /nope, the templates folder named in .*hindsight\.config\.json, does not exist/,
    );
  });
});
