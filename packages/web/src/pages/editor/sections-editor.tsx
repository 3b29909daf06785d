import type { Postmortem, Section } from '@hindsight/core';
import { renderMarkdown } from '@hindsight/core/render';
import { useState } from 'react';
import { ProseEditor } from './prose-editor.js';
import type { ProseHandle } from './prose-editor.js';

export interface SectionsEditorProps {
  readonly sections: Postmortem['sections'];
  readonly onChange: (index: number, body: string) => void;
  readonly register: (index: number, handle: ProseHandle | null) => void;
}

/** Every prose section: its heading, a Markdown editor, and a preview on demand. */
export function SectionsEditor({ sections, onChange, register }: SectionsEditorProps) {
  return (
    <section className="card editor-card" aria-labelledby="editor-sections-title">
      <h2 id="editor-sections-title">Sections</h2>
      {sections.map((section, index) => (
        <SectionEditor
          key={`${index}-${section.heading}`}
          section={section}
          index={index}
          onChange={(body) => onChange(index, body)}
          register={(handle) => register(index, handle)}
        />
      ))}
    </section>
  );
}

function SectionEditor({
  section,
  index,
  onChange,
  register,
}: {
  readonly section: Section;
  readonly index: number;
  readonly onChange: (body: string) => void;
  readonly register: (handle: ProseHandle | null) => void;
}) {
  const [preview, setPreview] = useState(false);
  const heading = section.heading || 'Opening text';
  const Tag = section.level <= 1 ? 'h3' : 'h4';
  return (
    <div className={`section-editor level-${section.level}`} data-section={index}>
      <div className="section-editor-head">
        <Tag>{heading}</Tag>
        <button
          type="button"
          className="button button-small"
          aria-pressed={preview}
          onClick={() => setPreview((p) => !p)}
        >
          {preview ? 'Hide preview' : `Preview ${heading}`}
        </button>
      </div>
      <ProseEditor
        value={section.body}
        label={`${heading}, Markdown`}
        onChange={onChange}
        register={register}
      />
      {preview && (
        <div
          className="section-preview rendered"
          aria-label={`Preview of ${heading}`}
          role="region"
          // core's renderer sanitises the Markdown (docs/render.md): no script survives it.
          dangerouslySetInnerHTML={{ __html: renderMarkdown(section.body) }}
        />
      )}
    </div>
  );
}
