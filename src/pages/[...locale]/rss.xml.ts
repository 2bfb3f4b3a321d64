// The feed of updates and corrections in every language: /rss.xml, /fr/rss.xml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../data/feed';
import type { Locale } from '../../lib/locales';
import { localeRoutes } from '../../lib/urls';

export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => feedResponse((props as { locale: Locale }).locale, site);
