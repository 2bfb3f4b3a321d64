// The figures' interface strings (titles, captions, axis labels, tooltips, table headers, notes),
// in every language. The English block defines the keys; the French one must have every key.
// Parametrised text is a function: numbers and dates arrive already formatted for the locale.
// A "\n" in an annotation is a line break in the drawing. French typography: a no-break space
// (U+00A0) before a colon, a narrow one (U+202F) before ; ? ! % and inside « ».
import type { Locale } from '../lib/locales';
import type { Strings } from '../lib/i18n';

const en = {
  kicker: { arms: 'Arms transfers', accords: 'Accords', timeline: 'Timeline' },
  /** The sentence of context on a figure's own page (also its description in link previews). */
  context: {
    timeline:
      'Every dated event in this explainer’s record of the ties between Venezuela and Russia, each with its source, with the events after the article marked as such.',
    accords:
      'The agreements Russia and Venezuela are documented as signing at the six meetings found, set against the much larger running totals given by news agencies, a minister, a state-affiliated outlet and the article.',
    arms: 'Venezuela’s imports of major arms, from Russia and from all other suppliers, as the SIPRI register records them, with Russia’s largest customers and the systems it delivered.',
  },
  /** A title quoted inside a sentence (the figure's link label). */
  quote: (text: string) => `“${text}”`,
  ordinal: (rank: number) =>
    `${rank}${['th', 'st', 'nd', 'rd'][rank % 100 > 10 && rank % 100 < 14 ? 0 : rank % 10 < 4 ? rank % 10 : 0]}`,
  percent: (value: string) => `${value}%`,
  range: (from: number | string, to: number | string) => `${from}–${to}`,
  and: 'and',
  /** Between the sources of one line. */
  separator: '; ',
  source: 'Source:',
  sources: 'Sources:',
  download: 'Download the data (CSV):',
  arms: {
    title: (lastYear: number) => `Russian arms deliveries to Venezuela stopped after ${lastYear}`,
    /** The link-preview card's headline: the finding in a few words. */
    social: (lastYear: number) => `Russian arms deliveries: none after ${lastYear}`,
    sub: (years: string, russia: string, all: string, share: string) =>
      `Venezuela’s imports of major arms by year, ${years}, from Russia and from all other suppliers. SIPRI trend-indicator values (TIV), millions. Over the period Russia supplied ${russia} of ${all} million, about ${share}.`,
    svgTitle: 'Venezuela’s arms imports by year, Russia and all other suppliers',
    summary: (
      count: number,
      first: number,
      last: number,
      russiaFrom: number,
      russiaTo: number,
      peakYear: number,
      peak: string,
      zeroFrom: number,
      russia: string,
      all: string,
    ) =>
      `Column chart of ${count} years, ${first} to ${last}. Russian deliveries run from ${russiaFrom} to ${russiaTo}, peak in ${peakYear} at ${peak} million TIV, and are zero from ${zeroFrom} to ${last}. Over the period Russia supplied ${russia} of ${all} million TIV. Every value is in the data table below.`,
    russia: 'Russia',
    others: 'All other suppliers',
    unit: 'million TIV',
    unitTick: (value: string) => `${value} million TIV`,
    fighters: (units: string, from: number, to: number) => `${units} Su-30MK2 fighters\ndelivered ${from}–${to}`,
    fightersNarrow: (units: string, from: number, to: number) => `${units} Su-30MK2\nfighters\n${from}–${to}`,
    peak: (year: number, systems: string) => `${year}: the peak, with\n${systems}\nair defense systems`,
    peakNarrow: (year: number, systems: string) => `${year} peak:\n${systems} arrive`,
    none: (year: number) => `Nothing from Russia after ${year}`,
    noneNarrow: (year: number) => `Nothing\nfrom Russia\nafter ${year}`,
    tip: (year: number, russia: string, others: string, all: string) =>
      `${year}\nFrom Russia: ${russia}\nAll other suppliers: ${others}\nTotal: ${all} million TIV`,
    note: (generated: string, missing: number, last: number) =>
      `TIV measures the military capability transferred, not the money paid: it is not a price. SIPRI’s data, generated on ${generated}, has no ${missing} figure, so the chart ends at ${last}. The fighters are Su-30MK2 in other records, Su-30MK in SIPRI’s register.`,
    downloads: { byYear: 'imports by year', customers: 'Russia’s top customers', systems: 'systems delivered' },
    dataSummary: 'Data: every value in the charts',
    table: {
      caption: 'Venezuela’s imports of major arms, SIPRI TIV, millions',
      year: 'Year',
      russia: 'From Russia',
      others: 'All other suppliers',
      all: 'All suppliers',
    },
  },
  customers: {
    title: (rank: string) => `Venezuela was Russia’s ${rank}-largest arms customer, and the largest in the Americas`,
    sub: (count: number, years: string, name: string, share: string) =>
      `Russia’s exports of major arms to its ${count} largest customers, ${years}, SIPRI TIV, millions. ${name} received ${share} of all Russia’s arms exports over the period, counting every customer, not only the ${count} shown.`,
    svgTitle: (years: string) => `Russia’s largest arms customers, ${years}`,
    summary: (count: number, years: string, name: string, rank: string, tiv: string, share: string) =>
      `Bar chart of Russia’s ${count} largest arms customers, ${years}. ${name} is ${rank} with ${tiv} million TIV, ${share} of all Russian arms exports; no other country in the Americas is on the list.`,
    unit: (years: string) => `million TIV, ${years}`,
    firstInAmericas: 'first in the Americas',
    tip: (rank: number, name: string, tiv: string, share: string) =>
      `${rank}. ${name}\n${tiv} million TIV\n${share} of all Russian arms exports`,
    table: {
      caption: (years: string) => `Russia’s largest arms customers, ${years}, SIPRI TIV, millions`,
      rank: 'Rank',
      recipient: 'Recipient',
      tiv: 'Million TIV',
      share: 'Share of all Russian arms exports',
    },
  },
  systems: {
    title: (years: string) => `What Russia delivered, ${years}`,
    sub: (top: number, count: number) =>
      `The ${top} largest of the ${count} systems in SIPRI’s register, largest value first. The fighters are Su-30MK2 in other records, Su-30MK in SIPRI’s register; SIPRI names the tanks T-72M1.`,
    showAll: (count: number) => `Show all ${count}`,
    captionTop: (count: number) => `The ${count} largest systems Russia delivered`,
    captionRest: (count: number) => `The other ${count} systems Russia delivered`,
    est: 'est.',
    estNote: 'marks a quantity that is partly SIPRI’s estimate.',
    system: 'System (SIPRI name) and type',
    units: 'Units',
    delivered: 'Delivered',
    tiv: 'Million TIV',
  },
  accords: {
    title: (documented: string, lo: string, hi: string) =>
      `Signings found at six meetings add up to ${documented}; totals from news agencies, a minister and the article run from ${lo} to ${hi}`,
    social: (documented: string, lo: string, hi: string) =>
      `Found signed: ${documented}. Claimed by news agencies, a minister, the article: ${lo} to ${hi}`,
    sub: (years: string, meetings: number) =>
      `Agreements between Russia and Venezuela, ${years}, on one scale: the bar adds up those documented at the ${meetings} meetings found (not a full count), meeting by meeting; the dots are the running totals given by EFE, a Venezuelan minister, AFP, TV BRICS and the article, each on its own basis.`,
    svgTitle: 'Agreements documented meeting by meeting, their running sum, and the totals claimed',
    summary: (signed: string, documented: string, treaty: string, claims: string) =>
      `One scale from 0 to 400. Agreements documented at single meetings: ${signed}, adding up to ${documented}. A treaty, on ${treaty}, not counted. Running totals as claimed, each on its own basis and not a series: ${claims}. Every value is in the data table below.`,
    signedItem: (count: string, date: string) => `${count} in ${date}`,
    claimItem: (count: string, date: string) => `${count} (${date})`,
    documentedLabel: (meetings: number, sum: string) => `Documented at the ${meetings} meetings found: ${sum}`,
    claimLabel: (count: string, credit: string, year: string) => `${count}: ${credit}, ${year}`,
    gapLabel: (count: string) => `Gap: ${count} or more`,
    theArticle: 'the article',
    keySigned: 'Documented at a meeting (bar ends at the running sum)',
    keyClaim: 'Total as claimed',
    signedLabel: (count: string, sum: string) => `+${count} = ${sum}`,
    treatyLine: (date: string) => `${date}: treaty on strategic partnership signed (one treaty, not counted)`,
    rowLead: (date: string, text: string) => `${date}: ${text}`,
    about: (count: string) => `about ${count}`,
    moreThan: (count: string) => `more than ${count}`,
    /** Two counts that the sources give for one meeting. */
    eitherCount: (low: string, high: string) => `${low} or ${high}`,
    kinds: {
      signed_at_event: 'Signed at one meeting',
      treaty: 'Treaty',
      cumulative_claim: 'Running total, as claimed',
    },
    tipCount: (count: string, kind: string) => `${count} agreements (${kind})`,
    domainsTitle: 'The fields the article says the accords cover',
    domainsNote: 'No source gives the number of agreements in each field, so they are listed, not counted.',
    caption:
      'An open circle marks an approximate total; an arrow marks “more than”. Where reports of one meeting conflict, its bar is solid to the lower figure and outlined to the higher. The treaty is a single document, the Treaty on Strategic Partnership and Cooperation, listed in the table and not counted.',
    download: 'accords',
    dataSummary: 'Data: every value in the chart',
    table: {
      caption: 'Agreements between Russia and Venezuela, as reported',
      date: 'Date',
      kind: 'Kind',
      count: 'Count',
      context: 'Context',
      oneTreaty: '1 treaty',
    },
  },
  timeline: {
    title: 'Russia and Venezuela signed a strategic partnership treaty months before the US captured Maduro',
    social: 'A treaty with Russia, months before the US captured Maduro',
    sub: (count: number, years: string) =>
      `${count} events in Venezuela–Russia relations, ${years}, coloured by category; from 2025 on, the time axis is enlarged. Shading: the Chávez and the Maduro years.`,
    svgTitle: 'Timeline of Venezuela–Russia relations: by year, then by month',
    summary: (
      count: number,
      first: string,
      last: string,
      overview: number,
      detail: number,
      detailFrom: string,
      inArticle: number,
      other: number,
      after: number,
      keys: string,
    ) =>
      `${count} events from ${first} to ${last}: ${overview} before ${detailFrom}, drawn one column per year, and ${detail} from ${detailFrom} on, drawn one row per month. ${inArticle} are in the article, ${other} come from other records and ${after} happened after it. Labelled: ${keys}. Every event is listed in the chronology.`,
    overviewTitle: (from: string, to: string) => `${from}–${to}, one column per year`,
    detailTitle: (from: string, to: string) => `${from} to ${to}, one row per month`,
    keyLabel: (day: string, label: string) => `${day}: ${label}`,
    eras: { chavez: 'Chávez', maduro: 'Maduro' },
    categories: {
      diplomacy: 'Diplomacy',
      arms: 'Arms',
      military: 'Military',
      economy: 'Economy',
      politics: 'Politics',
      sanctions: 'Sanctions',
    },
    status: { article: 'In the article', other: 'Other records', after: 'After the article' },
    filterLabel: 'Show events by category',
    all: 'All',
    afterOnly: 'Only after the article',
    /** The filter's status line; the script fills in the counts from templates written with these. */
    showing: (shown: number | string, total: number | string) => `Showing ${shown} of ${total} events`,
    showingOne: (shown: number | string, total: number | string) => `Showing ${shown} of ${total} events`,
    bandLabel: 'After the article ↓',
    breakNote: (years: number, early: string) =>
      `The overview’s axis is broken: ${years} years separate ${early} from the next event.`,
    gap: (years: number) => `${years} years later`,
    caption: (cutoff: string) =>
      `Events after ${cutoff} postdate the article: they are the story since, each with its own source. Dates are given as precisely as the records allow: a month or a year where no day is known.`,
    sourcesBefore: 'Sources: given with each event in the chronology, and listed in full on the ',
    sourcesLink: 'sources page',
    sourcesAfter: '.',
    download: 'timeline',
    dataSummary: 'Data: every event in the timeline',
    /** The link under the chart to the chronology page, which lists every event with its date, source and note. */
    chronologyLink: (count: number) => `All ${count} events in the chronology`,
    table: {
      caption: (years: string) => `Events in Venezuela–Russia relations, ${years}`,
      date: 'Date',
      category: 'Category',
      event: 'Event',
      status: 'Status',
    },
  },
};

/** A French preposition before a word, elided before a vowel: "de 260", "d’environ 260". */
export function elide(preposition: 'de', word: string): string {
  return /^[aeiouyàâéèêîïôû]/i.test(word) ? `d’${word}` : `${preposition} ${word}`;
}

const fr: Strings<typeof en> = {
  kicker: { arms: 'Transferts d’armes', accords: 'Accords', timeline: 'Chronologie' },
  context: {
    timeline:
      'Tous les événements datés que ce décryptage retient des liens entre le Venezuela et la Russie, chacun avec sa source\u202f; ceux qui suivent l’article sont signalés.',
    accords:
      'Les accords dont la signature par la Russie et le Venezuela est attestée lors des six rencontres retrouvées, face aux totaux cumulés bien plus élevés avancés par des agences de presse, un ministre, un média lié à l’État et l’article.',
    arms: 'Les importations d’armes majeures du Venezuela, russes et de tous les autres fournisseurs, d’après le registre du SIPRI, avec les principaux clients de la Russie et les systèmes livrés.',
  },
  quote: (text: string) => `«\u202f${text}\u202f»`,
  ordinal: (rank: number) => `${rank}${Number(rank) === 1 ? '\u1d49\u02b3' : '\u1d49'}`,
  percent: (value: string) => `${value}\u202f%`,
  range: (from: number | string, to: number | string) => `${from}–${to}`,
  and: 'et',
  separator: '\u202f; ',
  source: 'Source\u00a0:',
  sources: 'Sources\u00a0:',
  download: 'Télécharger les données (CSV)\u00a0:',
  arms: {
    title: (lastYear: number) => `Les livraisons d’armes russes au Venezuela ont cessé après ${lastYear}`,
    social: (lastYear: number) => `Armes russes\u00a0: plus aucune livraison après ${lastYear}`,
    sub: (years: string, russia: string, all: string, share: string) =>
      `Importations d’armes majeures du Venezuela par année, ${years}, en provenance de Russie et de tous les autres fournisseurs, en valeur indicative de tendance (TIV) du SIPRI, en millions. Sur la période, la Russie en a fourni ${russia} millions sur ${all}, soit environ ${share}.`,
    svgTitle: 'Importations d’armes du Venezuela par année, Russie et tous les autres fournisseurs',
    summary: (
      count: number,
      first: number,
      last: number,
      russiaFrom: number,
      russiaTo: number,
      peakYear: number,
      peak: string,
      zeroFrom: number,
      russia: string,
      all: string,
    ) =>
      `Histogramme de ${count} années, de ${first} à ${last}. Les livraisons russes s’étendent de ${russiaFrom} à ${russiaTo}, culminent en ${peakYear} à ${peak} millions de TIV et sont nulles de ${zeroFrom} à ${last}. Sur la période, la Russie a fourni ${russia} des ${all} millions de TIV. Toutes les valeurs figurent dans le tableau de données ci-dessous.`,
    russia: 'Russie',
    others: 'Tous les autres fournisseurs',
    unit: 'millions de TIV',
    unitTick: (value: string) => `${value} millions de TIV`,
    fighters: (units: string, from: number, to: number) => `${units} chasseurs Su-30MK2\nlivrés de ${from} à ${to}`,
    fightersNarrow: (units: string, from: number, to: number) => `${units} chasseurs\nSu-30MK2\n${from}–${to}`,
    peak: (year: number, systems: string) => `${year}\u00a0: le pic, avec\nles systèmes antiaériens\n${systems}`,
    peakNarrow: (year: number, systems: string) => `Pic de ${year}\u00a0:\narrivée des\n${systems}`,
    none: (year: number) => `Aucune livraison\nrusse après ${year}`,
    noneNarrow: (year: number) => `Plus rien\nde Russie\naprès ${year}`,
    tip: (year: number, russia: string, others: string, all: string) =>
      `${year}\nRussie\u00a0: ${russia}\nAutres fournisseurs\u00a0: ${others}\nTotal\u00a0: ${all} millions de TIV`,
    note: (generated: string, missing: number, last: number) =>
      `La valeur indicative de tendance (TIV) du SIPRI est une mesure de la capacité militaire transférée, pas un montant en argent\u00a0: ce n’est pas un prix. Les données du SIPRI, extraites le ${generated}, ne comptent aucun chiffre pour ${missing}\u202f; le graphique s’arrête donc en ${last}. Les chasseurs sont des Su-30MK2 selon d’autres sources, des Su-30MK dans le registre du SIPRI.`,
    downloads: {
      byYear: 'importations par année',
      customers: 'principaux clients de la Russie',
      systems: 'systèmes livrés',
    },
    dataSummary: 'Données\u00a0: toutes les valeurs des graphiques',
    table: {
      caption: 'Importations d’armes majeures du Venezuela, TIV du SIPRI, en millions',
      year: 'Année',
      russia: 'De Russie',
      others: 'Tous les autres fournisseurs',
      all: 'Tous fournisseurs',
    },
  },
  customers: {
    title: (rank: string) =>
      `Le Venezuela était le ${rank} client de l’armement russe, et le premier du continent américain`,
    sub: (count: number, years: string, name: string, share: string) =>
      `Exportations russes d’armes majeures vers les ${count} principaux clients de la Russie, ${years}, TIV du SIPRI, en millions. ${name} a reçu ${share} de l’ensemble des exportations d’armes russes sur la période, tous clients confondus, et non des seuls ${count} présentés.`,
    svgTitle: (years: string) => `Principaux clients de l’armement russe, ${years}`,
    summary: (count: number, years: string, name: string, rank: string, tiv: string, share: string) =>
      `Diagramme en barres des ${count} principaux clients de l’armement russe, ${years}. ${name}\u00a0: ${rank} rang, avec ${tiv} millions de TIV, soit ${share} de l’ensemble des exportations d’armes russes\u202f; aucun autre pays du continent américain ne figure dans la liste.`,
    unit: (years: string) => `millions de TIV, ${years}`,
    firstInAmericas: 'premier des Amériques',
    tip: (rank: number, name: string, tiv: string, share: string) =>
      `${rank}. ${name}\n${tiv} millions de TIV\n${share} de l’ensemble des exportations d’armes russes`,
    table: {
      caption: (years: string) => `Principaux clients de l’armement russe, ${years}, TIV du SIPRI, en millions`,
      rank: 'Rang',
      recipient: 'Pays destinataire',
      tiv: 'Millions de TIV',
      share: 'Part de l’ensemble des exportations d’armes russes',
    },
  },
  systems: {
    title: (years: string) => `Ce que la Russie a livré, ${years}`,
    showAll: (count: number) => `Afficher les ${count}`,
    captionTop: (count: number) => `Les ${count} principaux systèmes livrés par la Russie`,
    captionRest: (count: number) => `Les ${count} autres systèmes livrés par la Russie`,
    sub: (top: number, count: number) =>
      `Les ${top} principaux des ${count} systèmes du registre du SIPRI, par valeur décroissante. Les chasseurs sont des Su-30MK2 selon d’autres sources, des Su-30MK dans le registre du SIPRI\u202f; le SIPRI désigne les chars sous le nom de T-72M1.`,
    est: 'estim.',
    estNote: 'signale une quantité en partie estimée par le SIPRI.',
    system: 'Système (nom SIPRI) et type',
    units: 'Unités',
    delivered: 'Livraison',
    tiv: 'Millions de TIV',
  },
  accords: {
    title: (documented: string, lo: string, hi: string) =>
      `Les accords signés lors de six rencontres retrouvées totalisent ${documented}\u202f; les totaux avancés par des agences, un ministre et l’article vont ${elide('de', lo)} à ${hi}`,
    social: (documented: string, lo: string, hi: string) =>
      `Accords retrouvés\u00a0: ${documented}. Selon des agences, un ministre, l’article\u00a0: ${elide('de', lo)} à ${hi}`,
    sub: (years: string, meetings: number) =>
      `Accords entre la Russie et le Venezuela, ${years}, sur une seule échelle\u00a0: la barre additionne ceux que l’on sait signés lors des ${meetings} rencontres retrouvées (pas un décompte complet), rencontre par rencontre\u202f; les points sont les totaux cumulés avancés par EFE, un ministre vénézuélien, l’AFP, TV BRICS et l’article, chacun sur sa propre base.`,
    svgTitle: 'Accords signés rencontre par rencontre, leur total cumulé, et les totaux annoncés',
    summary: (signed: string, documented: string, treaty: string, claims: string) =>
      `Une seule échelle, de 0 à 400. Accords signés lors d’une même rencontre\u00a0: ${signed}, soit ${documented} au total. Un traité, le ${treaty}, non compté. Totaux cumulés annoncés, chacun sur sa propre base et sans former une série\u00a0: ${claims}. Toutes les valeurs figurent dans le tableau de données ci-dessous.`,
    signedItem: (count: string, date: string) => `${count} le ${date}`,
    claimItem: (count: string, date: string) => `${count} (${date})`,
    documentedLabel: (meetings: number, sum: string) =>
      `Attestés lors des ${meetings} rencontres retrouvées\u00a0: ${sum}`,
    claimLabel: (count: string, credit: string, year: string) => `${count}\u00a0: ${credit}, ${year}`,
    gapLabel: (count: string) => `Écart\u00a0: ${count} ou plus`,
    theArticle: 'l’article',
    keySigned: 'Signés lors d’une rencontre (la barre finit au total cumulé)',
    keyClaim: 'Total annoncé',
    signedLabel: (count: string, sum: string) => `+${count} = ${sum}`,
    treatyLine: (date: string) => `${date}\u00a0: traité de partenariat stratégique signé (un traité, non compté)`,
    rowLead: (date: string, text: string) => `${date}\u00a0: ${text}`,
    about: (count: string) => `environ ${count}`,
    moreThan: (count: string) => `plus de ${count}`,
    eitherCount: (low: string, high: string) => `${low} ou ${high}`,
    kinds: { signed_at_event: 'Signés en une rencontre', treaty: 'Traité', cumulative_claim: 'Total cumulé annoncé' },
    tipCount: (count: string, kind: string) => `${count} accords (${kind})`,
    domainsTitle: 'Les domaines couverts par les accords, selon l’article',
    domainsNote: 'Aucune source ne donne le nombre d’accords par domaine\u00a0: ils sont énumérés, non comptés.',
    caption:
      'Un cercle vide signale un total approximatif\u202f; une flèche, «\u202fplus de\u202f». Quand les sources divergent sur une rencontre, sa barre est pleine jusqu’au chiffre le plus bas et détourée jusqu’au plus haut. Le traité est un document unique, le traité de partenariat stratégique et de coopération, indiqué dans le tableau et non compté.',
    download: 'accords',
    dataSummary: 'Données\u00a0: toutes les valeurs du graphique',
    table: {
      caption: 'Accords entre la Russie et le Venezuela, tels que rapportés',
      date: 'Date',
      kind: 'Type',
      count: 'Nombre',
      context: 'Contexte',
      oneTreaty: '1 traité',
    },
  },
  timeline: {
    title:
      'La Russie et le Venezuela ont signé un traité de partenariat stratégique quelques mois avant la capture de Maduro par les États-Unis',
    social: 'Un traité avec la Russie, quelques mois avant la capture de Maduro par les États-Unis',
    sub: (count: number, years: string) =>
      `${count} événements des relations entre le Venezuela et la Russie, ${years}, colorés par catégorie\u202f; à partir de 2025, l’axe du temps est agrandi. En grisé\u00a0: les années Chávez et les années Maduro.`,
    svgTitle: 'Chronologie des relations entre le Venezuela et la Russie\u00a0: par année, puis par mois',
    summary: (
      count: number,
      first: string,
      last: string,
      overview: number,
      detail: number,
      detailFrom: string,
      inArticle: number,
      other: number,
      after: number,
      keys: string,
    ) =>
      `${count} événements, du ${first} au ${last}\u00a0: ${overview} avant ${detailFrom}, une colonne par année, et ${detail} à partir de ${detailFrom}, une ligne par mois. ${inArticle} figurent dans l’article, ${other} viennent d’autres sources et ${after} lui sont postérieurs. Événements légendés\u00a0: ${keys}. Tous les événements sont énumérés dans la chronologie.`,
    overviewTitle: (from: string, to: string) => `${from}–${to}, une colonne par année`,
    detailTitle: (from: string, to: string) => `De ${from} à ${to}, une ligne par mois`,
    keyLabel: (day: string, label: string) => `${day}\u00a0: ${label}`,
    eras: { chavez: 'Chávez', maduro: 'Maduro' },
    categories: {
      diplomacy: 'Diplomatie',
      arms: 'Armement',
      military: 'Militaire',
      economy: 'Économie',
      politics: 'Politique',
      sanctions: 'Sanctions',
    },
    status: { article: 'Dans l’article', other: 'Autres sources', after: 'Après l’article' },
    filterLabel: 'Afficher les événements par catégorie',
    all: 'Toutes',
    afterOnly: 'Seulement après l’article',
    showing: (shown: number | string, total: number | string) => `${shown} événements affichés sur ${total}`,
    showingOne: (shown: number | string, total: number | string) => `${shown} événement affiché sur ${total}`,
    bandLabel: 'Après l’article ↓',
    breakNote: (years: number, early: string) =>
      `L’axe de la vue d’ensemble est interrompu\u00a0: ${years} ans séparent le ${early} de l’événement suivant.`,
    gap: (years: number) => `${years} ans plus tard`,
    caption: (cutoff: string) =>
      `Les événements postérieurs à ${cutoff} sont plus récents que l’article\u00a0: ils forment la suite du récit, chacun avec sa source. Les dates sont aussi précises que le permettent les sources\u00a0: un mois ou une année quand le jour n’est pas connu.`,
    sourcesBefore:
      'Sources\u00a0: indiquées pour chaque événement dans la chronologie et recensées en totalité sur la ',
    sourcesLink: 'page des sources',
    sourcesAfter: '.',
    download: 'chronologie',
    dataSummary: 'Données\u00a0: tous les événements de la chronologie',
    chronologyLink: (count: number) => `Les ${count}\u00a0événements dans la chronologie`,
    table: {
      caption: (years: string) => `Événements des relations entre le Venezuela et la Russie, ${years}`,
      date: 'Date',
      category: 'Catégorie',
      event: 'Événement',
      status: 'Statut',
    },
  },
};

export const figures: Record<Locale, Strings<typeof en>> = { en, fr };
