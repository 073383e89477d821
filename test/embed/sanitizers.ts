/**
 * The real editors a portal sanitises an article with, each in its default configuration, as
 * functions from pasted HTML to the HTML the portal stores: DOMPurify 3 (`sanitize` with no
 * options), CKEditor 5 (a ClassicEditor with the plugins of the classic build that need no
 * cloud service; `setData` then `getData`), TinyMCE 8 (self-hosted from node_modules, its
 * default schema; `setContent` then `getContent`).
 */
import DOMPurify from 'dompurify';

/**
 * CKEditor 5 from the `ckeditor5` package's browser build (dist/browser/ckeditor5.js, one ES
 * module with its dependencies inside, what its documentation serves to a page without a
 * bundler); the package's main entry pulls CommonJS dependencies the test server does not convert.
 */
const ckeditorModule = '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
type CKEditor = typeof import('ckeditor5');

export type Sanitize = (html: string) => Promise<string>;

export const dompurify: Sanitize = async (html) => DOMPurify.sanitize(html);

let ckeditor: ReturnType<CKEditor['ClassicEditor']['create']> | undefined;
export const ckeditor5: Sanitize = async (html) => {
  ckeditor ??= (async () => {
    const {
      ClassicEditor,
      Autoformat,
      BlockQuote,
      Bold,
      Essentials,
      Heading,
      Image,
      ImageCaption,
      ImageStyle,
      ImageToolbar,
      Indent,
      Italic,
      Link,
      List,
      MediaEmbed,
      Paragraph,
      PasteFromOffice,
      Table,
      TableToolbar,
      TextTransformation,
    } = (await import(/* @vite-ignore */ ckeditorModule)) as CKEditor;
    const holder = document.createElement('div');
    document.body.append(holder);
    return ClassicEditor.create({
      attachTo: holder,
      licenseKey: 'GPL',
      plugins: [
        Essentials,
        Autoformat,
        Bold,
        Italic,
        BlockQuote,
        Heading,
        Image,
        ImageCaption,
        ImageStyle,
        ImageToolbar,
        Indent,
        Link,
        List,
        MediaEmbed,
        Paragraph,
        PasteFromOffice,
        Table,
        TableToolbar,
        TextTransformation,
      ],
      toolbar: ['heading', '|', 'bold', 'italic', 'link', 'bulletedList', 'numberedList', 'blockQuote', 'insertTable'],
      image: {
        toolbar: [
          'imageStyle:inline',
          'imageStyle:block',
          'imageStyle:side',
          '|',
          'toggleImageCaption',
          'imageTextAlternative',
        ],
      },
      table: { contentToolbar: ['tableColumn', 'tableRow', 'mergeTableCells'] },
    });
  })();
  const editor = await ckeditor;
  editor.setData(html);
  return editor.getData();
};

interface TinyEditor {
  setContent(html: string): void;
  getContent(): string;
}
interface TinyMce {
  init(settings: Record<string, unknown>): Promise<TinyEditor[]>;
}

let tiny: Promise<TinyEditor> | undefined;
export const tinymce: Sanitize = async (html) => {
  tiny ??= (async () => {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/tinymce/tinymce.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    const api = (window as unknown as { tinymce: TinyMce }).tinymce;
    const [editor] = await api.init({
      target: textarea,
      license_key: 'gpl',
      base_url: '/node_modules/tinymce',
      suffix: '.min',
    });
    return editor;
  })();
  const editor = await tiny;
  editor.setContent(html);
  return editor.getContent();
};

/**
 * What CKEditor 5 stores when an administrator writes the words, selects them and makes them a
 * link with its Link button (the command the button runs), with `href` typed in the link box.
 */
export async function ckeditorLinkButton(words: string, href: string): Promise<string> {
  await ckeditor5('');
  const editor = await ckeditor!;
  editor.setData(`<p>${words}</p>`);
  editor.model.change((writer) => {
    const paragraph = editor.model.document.getRoot()!.getChild(0)!;
    writer.setSelection(writer.createRangeIn(paragraph as Parameters<typeof writer.createRangeIn>[0]));
  });
  editor.execute('link', href);
  return editor.getData();
}

export const sanitizers = { DOMPurify: dompurify, 'CKEditor 5': ckeditor5, TinyMCE: tinymce } as const;
