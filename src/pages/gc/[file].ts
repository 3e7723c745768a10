import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../i18n/locales';
import { GC_MARKS, gcMarkFile, gcMarkSvg } from '../../pipeline/gc-marks';

/** The Government of Canada signature and wordmark in each language, served from this site (src/pipeline/gc-marks.ts). */
export const getStaticPaths = (() =>
  GC_MARKS.flatMap((mark) =>
    LANGS.map((lang) => ({ params: { file: gcMarkFile(mark, lang) }, props: { svg: gcMarkSvg(mark, lang) } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
