// The English feed of updates and corrections: /rss.xml.
import type { APIRoute } from 'astro';
import { feedResponse } from '../data/feed';

export const GET: APIRoute = ({ site }) => feedResponse('en', site);
