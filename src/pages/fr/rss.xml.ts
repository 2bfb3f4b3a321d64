// The French feed of updates and corrections: /fr/rss.xml.
import type { APIRoute } from 'astro';
import { feedResponse } from '../../data/feed';

export const GET: APIRoute = ({ site }) => feedResponse('fr', site);
