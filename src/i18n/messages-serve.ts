/**
 * The messages of the HTTP service (`hlm-recovery serve`, `startServer`): the titles and details
 * of its problem documents (RFC 9457), what its own issues expect, the texts of its OpenAPI
 * document, and what the command says on stderr (listening, reloading, stopping).
 *
 * @module
 */
import { define } from './define';

const NB = '\u00a0';

type None = Record<string, never>;

/** The messages of the HTTP service, by code. */
export const SERVE_MESSAGES = Object.freeze({
  // Problem documents: a title per kind, a detail that says what to do.
  'serve.problem.badJson.title': define<None>({
    fr: () => 'Le corps de la requête n’est pas du JSON',
    en: () => 'The request body is not JSON',
  }),
  'serve.problem.badJson.detail': define<{ line: string; column: string }>({
    fr: (p) => `Le JSON cesse d’être valide ligne ${p.line}, colonne ${p.column}${NB}: la correction est dans issues.`,
    en: (p) => `The JSON stops being valid at line ${p.line}, column ${p.column}: the fix is in issues.`,
  }),
  'serve.problem.notUtf8.detail': define<None>({
    fr: () => `Le corps de la requête n’est pas du texte UTF-8${NB}: envoyez-le en UTF-8.`,
    en: () => 'The request body is not UTF-8 text: send it as UTF-8.',
  }),
  'serve.problem.invalidAccount.title': define<None>({
    fr: () => 'Compte invalide',
    en: () => 'Invalid account',
  }),
  'serve.problem.invalidAccount.detail': define<{ count: string }>({
    fr: (p) =>
      `Le compte a ${p.count} problème(s)${NB}; chacun est dans issues, avec son chemin, la valeur reçue et ce qui était attendu.`,
    en: (p) =>
      `The account has ${p.count} problem(s); each is in issues, with its path, the value received and what was expected.`,
  }),
  'serve.problem.missingAsOf.title': define<None>({
    fr: () => 'Date d’évaluation manquante',
    en: () => 'Missing evaluation date',
  }),
  'serve.problem.missingAsOf.detail': define<{ path: string }>({
    fr: (p) =>
      `Ajoutez la date d’évaluation (AAAA-MM-JJ) à l’adresse, par exemple ${p.path}?asOf=2026-11-23${NB}: rien n’est lu sur l’horloge.`,
    en: (p) =>
      `Add the evaluation date (YYYY-MM-DD) to the address, e.g. ${p.path}?asOf=2026-11-23: nothing is read from the clock.`,
  }),
  'serve.problem.badQuery.title': define<None>({
    fr: () => 'Paramètre d’adresse invalide',
    en: () => 'Invalid query parameter',
  }),
  'serve.problem.badQuery.detail': define<{ count: string }>({
    fr: (p) => `${p.count} problème(s) dans les paramètres de l’adresse${NB}; chacun est dans issues.`,
    en: (p) => `${p.count} problem(s) in the query parameters; each is in issues.`,
  }),
  'serve.problem.badBody.title': define<None>({
    fr: () => 'Corps de requête invalide',
    en: () => 'Invalid request body',
  }),
  'serve.problem.badBody.detail': define<{ shape: string; count: string }>({
    fr: (p) => `Le corps doit être ${p.shape}${NB}; ${p.count} problème(s), chacun dans issues.`,
    en: (p) => `The body must be ${p.shape}; ${p.count} problem(s), each in issues.`,
  }),
  'serve.problem.notFound.title': define<None>({
    fr: () => 'Adresse inconnue',
    en: () => 'Unknown path',
  }),
  'serve.problem.notFound.detail': define<{ path: string; paths: string }>({
    fr: (p) => `Rien à l’adresse ${p.path}${NB}; les adresses du service sont ${p.paths}.`,
    en: (p) => `Nothing at ${p.path}; the service's paths are ${p.paths}.`,
  }),
  'serve.problem.notFoundNear.detail': define<{ path: string; near: string }>({
    fr: (p) => `Rien à l’adresse ${p.path} (vouliez-vous dire ${p.near}${NB}?)`,
    en: (p) => `Nothing at ${p.path} (did you mean ${p.near}?)`,
  }),
  'serve.problem.methodNotAllowed.title': define<None>({
    fr: () => 'Méthode non autorisée',
    en: () => 'Method not allowed',
  }),
  'serve.problem.methodNotAllowed.detail': define<{ method: string; path: string; allow: string }>({
    fr: (p) => `${p.path} n’accepte pas ${p.method}${NB}: utilisez ${p.allow}.`,
    en: (p) => `${p.path} does not take ${p.method}: use ${p.allow}.`,
  }),
  'serve.problem.tooLarge.title': define<None>({
    fr: () => 'Corps de requête trop volumineux',
    en: () => 'Request body too large',
  }),
  'serve.problem.tooLarge.detail': define<{ path: string; limit: string }>({
    fr: (p) => `Le corps d’une requête à ${p.path} est limité à ${p.limit}${NB}: découpez-le en plusieurs requêtes.`,
    en: (p) => `A request body to ${p.path} is limited to ${p.limit}: split it into several requests.`,
  }),
  'serve.problem.mediaType.title': define<None>({
    fr: () => 'Type de contenu non pris en charge',
    en: () => 'Unsupported media type',
  }),
  'serve.problem.mediaType.detail': define<{ path: string; received: string; expected: string }>({
    fr: (p) => `${p.path} lit ${p.expected}, et non ${p.received}${NB}: envoyez le Content-Type ${p.expected}.`,
    en: (p) => `${p.path} reads ${p.expected}, not ${p.received}: send the Content-Type ${p.expected}.`,
  }),
  'serve.problem.mediaType.none': define<None>({
    fr: () => 'un corps sans Content-Type',
    en: () => 'a body without a Content-Type',
  }),
  'serve.problem.invalidPolicy.title': define<None>({
    fr: () => 'Politique invalide',
    en: () => 'Invalid policy',
  }),
  'serve.problem.invalidPolicy.detail': define<{ which: string; count: string }>({
    fr: (p) => `La politique ${p.which} a ${p.count} problème(s)${NB}; chacun est dans issues, avec son chemin.`,
    en: (p) => `The ${p.which} policy has ${p.count} problem(s); each is in issues, with its path.`,
  }),
  'serve.problem.timeout.title': define<None>({
    fr: () => 'Délai de la requête dépassé',
    en: () => 'Request timeout',
  }),
  'serve.problem.timeout.detail': define<{ seconds: string }>({
    fr: (p) =>
      `Le corps de la requête n’est pas arrivé en entier en ${p.seconds}${NB}s${NB}: envoyez la requête à nouveau.`,
    en: (p) => `The request body did not arrive in full within ${p.seconds} s: send the request again.`,
  }),
  'serve.problem.unavailable.title': define<None>({
    fr: () => 'Service en cours d’arrêt',
    en: () => 'Service shutting down',
  }),
  'serve.problem.unavailable.detail': define<None>({
    fr: () => `Le service s’arrête et ne prend plus de requêtes${NB}: envoyez-la à nouveau une fois redémarré.`,
    en: () => 'The service is stopping and takes no more requests: send it again once it has restarted.',
  }),
  'serve.problem.internal.title': define<None>({
    fr: () => 'Erreur interne',
    en: () => 'Internal error',
  }),
  'serve.problem.internal.detail': define<{ error: string }>({
    fr: (p) =>
      `Erreur inattendue${NB}: ${p.error}. C’est un défaut du logiciel${NB}: signalez-le avec la requête envoyée.`,
    en: (p) =>
      `Unexpected error: ${p.error}. This is a defect of the software: please report it with the request sent.`,
  }),

  // What the service's own issues expect.
  'serve.expected.asOf': define<None>({
    fr: () => 'la date d’évaluation en paramètre asOf=AAAA-MM-JJ, par exemple ?asOf=2026-11-23',
    en: () => 'the evaluation date as the query parameter asOf=YYYY-MM-DD, e.g. ?asOf=2026-11-23',
  }),
  'serve.expected.parameter': define<{ known: string }>({
    fr: (p) => `un paramètre que cette adresse connaît (${p.known})`,
    en: (p) => `a query parameter this path knows (${p.known})`,
  }),
  'serve.expected.noParameter': define<None>({
    fr: () => 'aucun paramètre (cette adresse n’en prend pas)',
    en: () => 'no query parameter (this path takes none)',
  }),
  'serve.expected.once': define<None>({
    fr: () => 'ce paramètre une seule fois',
    en: () => 'this parameter once',
  }),
  'serve.expected.explain': define<None>({
    fr: () => 'full, summary ou none (ce que chaque décision garde de son explication)',
    en: () => 'full, summary or none (how much of its explanation each decision carries)',
  }),
  'serve.expected.bodyObject': define<{ shape: string }>({
    fr: (p) => `un objet JSON ${p.shape}`,
    en: (p) => `a JSON object ${p.shape}`,
  }),
  'serve.expected.accounts': define<None>({
    fr: () => 'la liste des comptes, un tableau JSON',
    en: () => 'the list of accounts, a JSON array',
  }),
  'serve.expected.candidate': define<None>({
    fr: () => `la politique candidate${NB}: une politique ou {"versions":[…]}`,
    en: () => 'the candidate policy: one policy or {"versions":[…]}',
  }),
  'serve.expected.field': define<{ known: string }>({
    fr: (p) => `un champ connu (${p.known})`,
    en: (p) => `a known field (${p.known})`,
  }),
  'serve.expected.utf8': define<None>({
    fr: () => 'du texte UTF-8',
    en: () => 'UTF-8 text',
  }),

  // Sizes, in the limits' details.
  'serve.size.mib': define<{ n: string }>({
    fr: (p) => `${p.n}${NB}Mio`,
    en: (p) => `${p.n} MiB`,
  }),
  'serve.size.kib': define<{ n: string }>({
    fr: (p) => `${p.n}${NB}Kio`,
    en: (p) => `${p.n} KiB`,
  }),
  'serve.size.bytes': define<{ n: string }>({
    fr: (p) => `${p.n}${NB}octets`,
    en: (p) => `${p.n} bytes`,
  }),

  // The command: one line per request with --log, and what it says of its own life.
  'serve.log': define<{ method: string; path: string; status: string; ms: string }>({
    fr: (p) => `${p.method} ${p.path} ${p.status} ${p.ms}${NB}ms`,
    en: (p) => `${p.method} ${p.path} ${p.status} ${p.ms} ms`,
  }),
  'serve.listening': define<{ policy: string; url: string }>({
    fr: (p) => `hlm-recovery${NB}: politique ${p.policy} servie sur ${p.url} (Ctrl-C pour arrêter)`,
    en: (p) => `hlm-recovery: serving policy ${p.policy} on ${p.url} (Ctrl-C to stop)`,
  }),
  'serve.reloaded': define<{ file: string; policy: string }>({
    fr: (p) => `hlm-recovery${NB}: politique relue dans ${p.file}${NB}: ${p.policy} est en service`,
    en: (p) => `hlm-recovery: policy reloaded from ${p.file}: ${p.policy} is in service`,
  }),
  'serve.reloadRefused': define<{ file: string; count: string; policy: string }>({
    fr: (p) =>
      `hlm-recovery${NB}: nouvelle politique de ${p.file} refusée, ${p.count} problème(s)${NB}; ${p.policy} reste en service${NB}:`,
    en: (p) => `hlm-recovery: new policy in ${p.file} refused, ${p.count} problem(s); ${p.policy} stays in service:`,
  }),
  'serve.reloadIssue': define<{ text: string }>({
    fr: (p) => `  ${p.text}`,
    en: (p) => `  ${p.text}`,
  }),
  'serve.reloadUnreadable': define<{ file: string; why: string; policy: string }>({
    fr: (p) => `hlm-recovery${NB}: impossible de relire ${p.file} (${p.why})${NB}; ${p.policy} reste en service`,
    en: (p) => `hlm-recovery: cannot read ${p.file} again (${p.why}); ${p.policy} stays in service`,
  }),
  'serve.reloadNoFile': define<{ policy: string }>({
    fr: (p) =>
      `hlm-recovery${NB}: SIGHUP reçu, mais aucun fichier de politique à relire (--policy)${NB}; ${p.policy} reste en service`,
    en: (p) =>
      `hlm-recovery: SIGHUP received, but there is no policy file to reload (--policy); ${p.policy} stays in service`,
  }),
  'serve.stopping': define<{ signal: string }>({
    fr: (p) => `hlm-recovery${NB}: arrêt demandé (${p.signal})${NB}; fin des requêtes en cours…`,
    en: (p) => `hlm-recovery: stopping (${p.signal}); finishing the requests in progress…`,
  }),
  'serve.stopped': define<None>({
    fr: () => `hlm-recovery${NB}: arrêté`,
    en: () => 'hlm-recovery: stopped',
  }),
  'serve.cannotListen': define<{ address: string; why: string }>({
    fr: (p) => `impossible d’écouter sur ${p.address}${NB}: ${p.why}`,
    en: (p) => `cannot listen on ${p.address}: ${p.why}`,
  }),
  'serve.why.inUse': define<None>({
    fr: () => `l’adresse est déjà prise (un autre service écoute sur ce port${NB}; choisissez-en un autre avec --port)`,
    en: () => 'the address is already in use (another service listens on that port; choose another with --port)',
  }),
  'serve.why.denied': define<None>({
    fr: () =>
      `permission refusée (un port sous 1024 demande des droits${NB}; choisissez un port plus haut avec --port)`,
    en: () => 'permission denied (a port below 1024 needs privileges; choose a higher one with --port)',
  }),
  'serve.why.notAvailable': define<None>({
    fr: () => 'cette adresse n’est pas celle d’une interface de cette machine (--host)',
    en: () => 'that address is not one of this machine’s interfaces (--host)',
  }),
  'serve.why.notFound': define<None>({
    fr: () => 'ce nom d’hôte est inconnu (--host)',
    en: () => 'that host name is unknown (--host)',
  }),
  'serve.why.system': define<{ message: string }>({
    fr: (p) => p.message,
    en: (p) => p.message,
  }),
  'serve.badPort': define<{ value: string }>({
    fr: (p) =>
      `--port doit être un nombre entier de 0 à 65535 (0${NB}: un port libre, au choix du système), et non «${NB}${p.value}${NB}»`,
    en: (p) => `--port must be a whole number from 0 to 65535 (0: any free port), not "${p.value}"`,
  }),
  'serve.badWorkers': define<{ value: string }>({
    fr: (p) => `--workers doit être un nombre entier de 1 à 64, et non «${NB}${p.value}${NB}»`,
    en: (p) => `--workers must be a whole number from 1 to 64, not "${p.value}"`,
  }),

  // The OpenAPI document.
  'serve.openapi.info': define<None>({
    fr: () =>
      'La politique de recouvrement des impayés locatifs d’un bailleur social, en service HTTP. Chaque requête ' +
      'qui évalue donne la date d’évaluation (asOf=AAAA-MM-JJ). Les textes suivent ?lang=fr|en ou Accept-Language ' +
      `(français par défaut). Les erreurs sont des problèmes RFC 9457 (application/problem+json)${NB}; ` +
      'leurs issues nomment le chemin JSON, la valeur reçue et ce qui était attendu.',
    en: () =>
      'A social landlord’s rent-arrears recovery policy, as an HTTP service. Every evaluating request gives the ' +
      'evaluation date (asOf=YYYY-MM-DD). Texts follow ?lang=fr|en or Accept-Language (French by default). Errors ' +
      'are RFC 9457 problem details (application/problem+json); their issues name the JSON path, the value ' +
      'received and what was expected.',
  }),
  'serve.openapi.evaluate.summary': define<None>({
    fr: () => 'La décision pour un compte',
    en: () => 'The decision for one account',
  }),
  'serve.openapi.evaluate.description': define<{ limit: string }>({
    fr: (p) =>
      `Un compte en JSON (au plus ${p.limit}) donne sa décision, au format de decision.schema.json${NB}; ` +
      'un compte invalide donne un problème 400 dont les issues nomment chaque champ en cause.',
    en: (p) =>
      `One account as JSON (at most ${p.limit}) gives its decision, as decision.schema.json describes it; ` +
      'an invalid account gives a 400 problem whose issues name each field at fault.',
  }),
  'serve.openapi.batch.summary': define<None>({
    fr: () => 'Les décisions d’un lot de comptes, en flux NDJSON',
    en: () => 'The decisions for a batch of accounts, streamed as NDJSON',
  }),
  'serve.openapi.batch.description': define<{ limit: string }>({
    fr: (p) =>
      `Un compte par ligne (NDJSON, au plus ${p.limit}) donne une ligne par ligne reçue, dans l’ordre, écrite ` +
      `au fil de la lecture${NB}: la décision, ou un enregistrement d’erreur (index, line, issues) pour une ligne ` +
      'illisible ou un compte invalide, les autres lignes continuant. Le statut 200 est envoyé avant la fin du ' +
      `traitement${NB}: un corps envoyé sans Content-Length qui dépasse la limite en cours de route coupe la réponse.`,
    en: (p) =>
      `One account per line (NDJSON, at most ${p.limit}) gives one line per line received, in order, written as ` +
      'the input is read: the decision, or an error record (index, line, issues) for an unreadable line or an ' +
      'invalid account, the other lines going on. The status 200 is sent before the end: a body sent without ' +
      'Content-Length that goes over the limit midway cuts the response short.',
  }),
  'serve.openapi.explain.summary': define<None>({
    fr: () => 'La décision pour un compte, en récit',
    en: () => 'The decision for one account, as a narrative',
  }),
  'serve.openapi.explain.description': define<{ limit: string }>({
    fr: (p) =>
      `Un compte en JSON (au plus ${p.limit}) donne le récit de sa décision, en texte, dans la langue demandée${NB}: ` +
      'ce qu’un chargé de recouvrement lit.',
    en: (p) =>
      `One account as JSON (at most ${p.limit}) gives the narrative of its decision, as text, in the language ` +
      'asked for: what a recovery officer reads.',
  }),
  'serve.openapi.validate.summary': define<None>({
    fr: () => 'Vérifier une politique',
    en: () => 'Check a policy',
  }),
  'serve.openapi.validate.description': define<{ limit: string }>({
    fr: (p) =>
      `Une politique en JSON (au plus ${p.limit}) donne le résultat de sa validation, avec le statut 200 même ` +
      `quand elle est invalide (ok vaut alors false)${NB}: valider est l’objet de la requête. Les messages suivent la langue.`,
    en: (p) =>
      `A policy as JSON (at most ${p.limit}) gives the result of its validation, with the status 200 even when ` +
      'it is invalid (ok is then false): validating is what the request is for. The messages follow the language.',
  }),
  'serve.openapi.compare.summary': define<None>({
    fr: () => 'Ce que change une politique candidate',
    en: () => 'What a candidate policy changes',
  }),
  'serve.openapi.compare.description': define<{ limit: string }>({
    fr: (p) =>
      `{"candidate":<politique>,"accounts":[<compte>, …]} (au plus ${p.limit}) compare la politique ` +
      `candidate à celle en service sur ces comptes${NB}: niveaux, étapes, canaux, travail des équipes. Une ` +
      'candidate invalide donne un problème 422.',
    en: (p) =>
      `{"candidate":<policy>,"accounts":[<account>, …]} (at most ${p.limit}) compares the candidate policy ` +
      'with the one in service over these accounts: levels, steps, channels, work for the teams. An invalid ' +
      'candidate gives a 422 problem.',
  }),
  'serve.openapi.kpi.summary': define<None>({
    fr: () => 'Les indicateurs de recouvrement d’un portefeuille',
    en: () => 'The recovery indicators of a portfolio',
  }),
  'serve.openapi.kpi.description': define<{ limit: string }>({
    fr: (p) =>
      `{"accounts":[<compte>, …]} (au plus ${p.limit}) donne les indicateurs sur les 12 mois qui finissent à ` +
      'asOf (taux d’impayés, ancienneté, DSO…), les niveaux d’alerte étant ceux de la politique en service.',
    en: (p) =>
      `{"accounts":[<account>, …]} (at most ${p.limit}) gives the indicators over the 12 months ending on ` +
      'asOf (arrears rate, ageing, DSO…), the alert levels being those of the policy in service.',
  }),
  'serve.openapi.health.summary': define<None>({
    fr: () => 'L’état du service et la politique en service',
    en: () => 'The state of the service and the policy in service',
  }),
  'serve.openapi.health.description': define<None>({
    fr: () =>
      'La version de la bibliothèque et de la table des paramètres légaux, et la politique en service avec ses ' +
      `versions et leurs empreintes${NB}: celles que les décisions portent dans provenance.`,
    en: () =>
      'The versions of the library and of the table of legal parameters, and the policy in service with its ' +
      'versions and their hashes: those the decisions carry in provenance.',
  }),
  'serve.openapi.document.summary': define<None>({
    fr: () => 'Ce document OpenAPI',
    en: () => 'This OpenAPI document',
  }),
  'serve.openapi.document.description': define<None>({
    fr: () => 'Le document OpenAPI 3.1 du service, ses textes dans la langue demandée.',
    en: () => 'The OpenAPI 3.1 document of the service, its texts in the language asked for.',
  }),
  'serve.openapi.param.asOf': define<None>({
    fr: () => `La date d’évaluation, AAAA-MM-JJ (obligatoire${NB}: rien n’est lu sur l’horloge).`,
    en: () => 'The evaluation date, YYYY-MM-DD (required: nothing is read from the clock).',
  }),
  'serve.openapi.param.lang': define<None>({
    fr: () =>
      'La langue des textes (explications, récit, messages des problèmes)' +
      `${NB}: fr ou en${NB}; à défaut, Accept-Language, puis le français.`,
    en: () =>
      'The language of the texts (explanations, narrative, messages of problems): fr or en; otherwise ' +
      'Accept-Language, then French.',
  }),
  'serve.openapi.param.explain': define<None>({
    fr: () =>
      `Ce que chaque décision garde de son explication${NB}: full (par défaut${NB}: chaque entrée avec la trace ` +
      `de ses conditions), summary (les entrées sans leurs traces) ou none (une explication vide).`,
    en: () =>
      'How much of its explanation each decision carries: full (the default: every entry with the trace of its ' +
      'conditions), summary (the entries without their traces) or none (an empty explanation).',
  }),
  'serve.openapi.param.acceptLanguage': define<None>({
    fr: () => 'La première langue prise en charge (fr, en) donne celle des textes, quand ?lang ne la donne pas.',
    en: () => 'The first supported language (fr, en) gives that of the texts, when ?lang does not.',
  }),
  'serve.openapi.body.account': define<None>({
    fr: () => 'Un compte, au format de account.schema.json.',
    en: () => 'One account, as account.schema.json describes it.',
  }),
  'serve.openapi.body.accounts': define<None>({
    fr: () => 'Un compte par ligne, chacun au format de account.schema.json.',
    en: () => 'One account per line, each as account.schema.json describes it.',
  }),
  'serve.openapi.body.policy': define<None>({
    fr: () => 'Une politique, ou un ensemble de versions datées {"versions":[…]}.',
    en: () => 'One policy, or a set of dated versions {"versions":[…]}.',
  }),
  'serve.openapi.body.compare': define<None>({
    fr: () => 'La politique candidate et les comptes sur lesquels la comparer.',
    en: () => 'The candidate policy and the accounts to compare it on.',
  }),
  'serve.openapi.body.kpi': define<None>({
    fr: () => 'Les comptes du portefeuille.',
    en: () => 'The accounts of the portfolio.',
  }),
  'serve.openapi.response.decision': define<None>({
    fr: () => 'La décision.',
    en: () => 'The decision.',
  }),
  'serve.openapi.response.batch': define<None>({
    fr: () => 'Une ligne par compte reçu, dans l’ordre de l’entrée\u00a0: une décision ou un enregistrement d’erreur.',
    en: () => 'One line per account received, in input order: a decision or an error record.',
  }),
  'serve.openapi.response.narrative': define<None>({
    fr: () => 'Le récit de la décision.',
    en: () => 'The narrative of the decision.',
  }),
  'serve.openapi.response.validation': define<None>({
    fr: () => 'Le résultat de la validation (ok, issues, warnings).',
    en: () => 'The result of the validation (ok, issues, warnings).',
  }),
  'serve.openapi.response.comparison': define<None>({
    fr: () => 'La comparaison des deux politiques.',
    en: () => 'The comparison of both policies.',
  }),
  'serve.openapi.response.kpi': define<None>({
    fr: () => 'Les indicateurs du portefeuille.',
    en: () => 'The indicators of the portfolio.',
  }),
  'serve.openapi.response.health': define<None>({
    fr: () => 'Le service répond.',
    en: () => 'The service answers.',
  }),
  'serve.openapi.response.document': define<None>({
    fr: () => 'Le document OpenAPI.',
    en: () => 'The OpenAPI document.',
  }),
  'serve.openapi.response.400': define<None>({
    fr: () => 'Requête invalide (JSON illisible, compte invalide, asOf manquant ou invalide, corps mal formé).',
    en: () => 'Bad request (unreadable JSON, invalid account, missing or invalid asOf, malformed body).',
  }),
  'serve.openapi.response.404': define<None>({
    fr: () => 'Adresse inconnue.',
    en: () => 'Unknown path.',
  }),
  'serve.openapi.response.405': define<None>({
    fr: () => 'Méthode non autorisée (l’en-tête Allow donne les bonnes).',
    en: () => 'Method not allowed (the Allow header gives the right ones).',
  }),
  'serve.openapi.response.408': define<None>({
    fr: () => 'Le corps de la requête n’est pas arrivé à temps.',
    en: () => 'The request body did not arrive in time.',
  }),
  'serve.openapi.response.413': define<None>({
    fr: () => 'Corps de requête au-delà de la limite de l’adresse.',
    en: () => 'Request body over the limit of the path.',
  }),
  'serve.openapi.response.415': define<None>({
    fr: () => 'Content-Type que l’adresse ne lit pas.',
    en: () => 'A Content-Type the path does not read.',
  }),
  'serve.openapi.response.422': define<None>({
    fr: () => 'La politique candidate est invalide, ou ne couvre pas asOf.',
    en: () => 'The candidate policy is invalid, or does not cover asOf.',
  }),
  'serve.openapi.response.500': define<None>({
    fr: () => 'Un défaut du logiciel, à signaler.',
    en: () => 'A defect of the software, to report.',
  }),
  'serve.openapi.response.503': define<None>({
    fr: () => 'Le service s’arrête.',
    en: () => 'The service is stopping.',
  }),
});
