/** `/sources/<file>`: the source documents exactly as received, byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentPath } from '../../lib/content-root.ts';

const SOURCES_DIR = contentPath('sources');

export const getStaticPaths = (() => readdirSync(SOURCES_DIR).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(readFileSync(`${SOURCES_DIR}/${params.file}`));
