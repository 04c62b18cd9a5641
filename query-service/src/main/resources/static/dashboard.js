/*
 * ZMP project tracker: the live dashboard.
 * Plain JavaScript, no build step and nothing loaded from outside. It reads the query-service API,
 * listens to the statistics stream (Server-Sent Events) and redraws what changed.
 * Every label is in the dictionary below (Polish by default, English on request); data such as names
 * and titles is shown as stored.
 */
(function () {
    'use strict';

    const I18N = {
        pl: {
            title: 'Projekty Związku Miast Polskich',
            subtitle: 'Panel na żywo: projekty realizowane z miastami i dla miast',
            footer: 'Związek Miast Polskich · dane na żywo z ewidencji projektów',
            'stat.projects': 'Projekty',
            'stat.municipalities': 'Zaangażowane gminy',
            'stat.partners': 'Zaangażowani partnerzy',
            'stat.peopleTrained': 'Przeszkolone osoby',
            'stat.openRecruitments': 'Otwarte nabory',
            'stat.showings': 'Pokazy wystaw',
            'section.status': 'Projekty według statusu',
            'section.value': 'Wartość projektów według lat realizacji',
            'section.budget': 'Budżet według roku',
            'section.grant': 'Udział dotacji według waluty',
            'section.outputs': 'Rezultaty wobec celów',
            'section.recruitment': 'Tablica naborów',
            'section.calendar': 'Kalendarz wystaw',
            'note.currencies': 'Kwoty w różnych walutach nie są sumowane.',
            'recruitment.open': 'Otwarte nabory',
            'recruitment.closed': 'Zamknięte nabory',
            'status.PIPELINE': 'W przygotowaniu',
            'status.IMPLEMENTATION': 'W realizacji',
            'status.FINALISATION': 'Finalizacja',
            'status.CLOSED': 'Zamknięte',
            'status.CANCELLED': 'Anulowane',
            'status.SUSPENDED': 'Wstrzymane',
            'approx.ABOVE': 'ponad',
            'approx.ABOUT': 'ok.',
            'approx.ALMOST': 'prawie',
            'approx.generic': 'ok.',
            'live.live': 'na żywo',
            'live.connecting': 'łączenie…',
            'live.offline': 'brak połączenia',
            'live.position': 'pozycja',
            'live.computedAt': 'stan na',
            'live.lastRecorded': 'ostatni zapis',
            'live.past': 'stan historyczny',
            'asOf.label': 'Stan na dzień',
            'asOf.today': 'Dziś',
            'recruitment.awaiting': 'Nabory czekające na rozstrzygnięcie',
            'badge.awaiting': 'czeka na rozstrzygnięcie',
            'empty.awaiting': 'Brak naborów czekających na rozstrzygnięcie.',
            'calendar.held': 'odbył się',
            'calendar.onNow': 'trwa',
            'value.estimate': 'szacunek: wartość rozłożona na lata okresu',
            'col.year': 'Rok',
            'col.currency': 'Waluta',
            'col.total': 'Suma',
            'col.grant': 'Dotacje',
            'col.totalValue': 'Wartość projektów',
            'col.share': 'Udział',
            'col.project': 'Projekt',
            'col.indicator': 'Wskaźnik',
            'col.actual': 'Wykonanie',
            'col.target': 'Cel',
            'col.progress': 'Postęp',
            'col.call': 'Nabór',
            'col.round': 'Runda',
            'col.deadline': 'Termin (czas warszawski)',
            'col.remaining': 'Pozostało',
            'col.placesLeft': 'Wolne miejsca',
            'col.applications': 'Zgłoszenia',
            'col.closedAt': 'Zamknięty',
            'col.accepted': 'Przyjęte',
            'col.rejected': 'Odrzucone',
            'col.dates': 'Termin',
            'col.exhibition': 'Wystawa',
            'col.venue': 'Miejsce',
            'col.city': 'Miasto',
            'col.country': 'Kraj',
            'col.programme': 'Program towarzyszący',
            'col.state': 'Stan',
            'remaining.passed': 'termin minął',
            'remaining.none': 'bez terminu',
            'remaining.day': 'dzień',
            'remaining.days': 'dni',
            'remaining.hours': 'godz.',
            'remaining.minutes': 'min',
            'places.notStated': 'nie określono',
            'places.of': 'z',
            'outputs.noTarget': 'brak celu',
            'outputs.noActual': 'brak danych',
            'calendar.cancelled': 'odwołany',
            'calendar.scheduled': 'zaplanowany',
            'recruitment.acceptedNames': 'Przyjęte gminy',
            'empty.value': 'Brak kwot do pokazania.',
            'empty.outputs': 'Brak zdefiniowanych wskaźników.',
            'empty.open': 'Brak otwartych naborów.',
            'empty.closed': 'Brak zamkniętych naborów.',
            'empty.calendar': 'Brak pokazów w kalendarzu.',
            'error.load': 'Nie udało się wczytać danych — ponowna próba przy następnej zmianie.',
            'chart.total': 'Razem projektów',
            'indicator.people-trained': 'Przeszkolone osoby',
            'indicator.bulletin-issues': 'Wydane numery biuletynu',
            'indicator.contributing-cities': 'Miasta, które przekazały materiały',
            'indicator.exhibition-cities': 'Miasta z wystawą',
            'indicator.municipalities-supported': 'Wspierane gminy',
            'unit.persons': 'osób',
            'unit.issues': 'numerów',
            'unit.cities': 'miast',
            'unit.municipalities': 'gmin'
        },
        en: {
            title: 'Projects of the Association of Polish Cities',
            subtitle: 'Live dashboard: projects carried out with and for cities',
            footer: 'Association of Polish Cities (ZMP) · live figures from the project tracker',
            'stat.projects': 'Projects',
            'stat.municipalities': 'Municipalities involved',
            'stat.partners': 'Partners involved',
            'stat.peopleTrained': 'People trained',
            'stat.openRecruitments': 'Open recruitments',
            'stat.showings': 'Exhibition showings',
            'section.status': 'Projects by status',
            'section.value': 'Project value by project year',
            'section.budget': 'Budget by year',
            'section.grant': 'Grant share by currency',
            'section.outputs': 'Outputs against targets',
            'section.recruitment': 'Recruitment board',
            'section.calendar': 'Exhibition calendar',
            'note.currencies': 'Amounts in different currencies are never added together.',
            'recruitment.open': 'Open calls',
            'recruitment.closed': 'Closed calls',
            'status.PIPELINE': 'Pipeline',
            'status.IMPLEMENTATION': 'Implementation',
            'status.FINALISATION': 'Finalisation',
            'status.CLOSED': 'Closed',
            'status.CANCELLED': 'Cancelled',
            'status.SUSPENDED': 'Suspended',
            'approx.ABOVE': 'above',
            'approx.ABOUT': 'about',
            'approx.ALMOST': 'almost',
            'approx.generic': 'about',
            'live.live': 'live',
            'live.connecting': 'connecting…',
            'live.offline': 'disconnected',
            'live.position': 'position',
            'live.computedAt': 'as of',
            'live.lastRecorded': 'last recorded',
            'live.past': 'past date',
            'asOf.label': 'As of',
            'asOf.today': 'Today',
            'recruitment.awaiting': 'Calls awaiting decision',
            'badge.awaiting': 'awaiting decision',
            'empty.awaiting': 'No calls awaiting decision.',
            'calendar.held': 'held',
            'calendar.onNow': 'on now',
            'value.estimate': 'estimate: the value spread over the years of its period',
            'col.year': 'Year',
            'col.currency': 'Currency',
            'col.total': 'Total',
            'col.grant': 'Grants',
            'col.totalValue': 'Project value',
            'col.share': 'Share',
            'col.project': 'Project',
            'col.indicator': 'Indicator',
            'col.actual': 'Actual',
            'col.target': 'Target',
            'col.progress': 'Progress',
            'col.call': 'Call',
            'col.round': 'Round',
            'col.deadline': 'Deadline (Warsaw time)',
            'col.remaining': 'Time remaining',
            'col.placesLeft': 'Places left',
            'col.applications': 'Applications',
            'col.closedAt': 'Closed',
            'col.accepted': 'Accepted',
            'col.rejected': 'Rejected',
            'col.dates': 'Dates',
            'col.exhibition': 'Exhibition',
            'col.venue': 'Venue',
            'col.city': 'City',
            'col.country': 'Country',
            'col.programme': 'Side programme',
            'col.state': 'State',
            'remaining.passed': 'deadline passed',
            'remaining.none': 'no deadline',
            'remaining.day': 'day',
            'remaining.days': 'days',
            'remaining.hours': 'h',
            'remaining.minutes': 'min',
            'places.notStated': 'not stated',
            'places.of': 'of',
            'outputs.noTarget': 'no target',
            'outputs.noActual': 'no data',
            'calendar.cancelled': 'cancelled',
            'calendar.scheduled': 'scheduled',
            'recruitment.acceptedNames': 'Accepted municipalities',
            'empty.value': 'No amounts to show.',
            'empty.outputs': 'No indicators defined.',
            'empty.open': 'No open calls.',
            'empty.closed': 'No closed calls.',
            'empty.calendar': 'No showings in the calendar.',
            'error.load': 'Could not load the data — will retry on the next change.',
            'chart.total': 'Projects in total',
            'indicator.people-trained': 'People trained',
            'indicator.bulletin-issues': 'Bulletin issues published',
            'indicator.contributing-cities': 'Cities that sent material',
            'indicator.exhibition-cities': 'Cities showing the exhibition',
            'indicator.municipalities-supported': 'Municipalities supported',
            'unit.persons': 'persons',
            'unit.issues': 'issues',
            'unit.cities': 'cities',
            'unit.municipalities': 'municipalities'
        }
    };

    const LOCALES = {pl: 'pl-PL', en: 'en-GB'};
    const WARSAW = 'Europe/Warsaw';
    const STATUS_COLOURS = {
        PIPELINE: '#8aa1c1',
        IMPLEMENTATION: '#1f6fb2',
        FINALISATION: '#2f9e6e',
        CLOSED: '#5b6675',
        CANCELLED: '#c0504d',
        SUSPENDED: '#d9a441'
    };
    const SVG_NS = 'http://www.w3.org/2000/svg';
    const LANG_KEY = 'zmp-dashboard-lang';

    const state = {
        lang: initialLanguage(),
        live: 'connecting',
        statistics: null,
        recruitments: null,
        recruitmentsFetchedAt: 0,
        calendar: null,
        projects: null,
        asOf: null,
        errors: {}
    };

    // ---------------------------------------------------------------- helpers

    function initialLanguage() {
        const fromUrl = new URLSearchParams(window.location.search).get('lang');
        if (fromUrl && I18N[fromUrl]) {
            return fromUrl;
        }
        try {
            const stored = window.localStorage.getItem(LANG_KEY);
            if (stored && I18N[stored]) {
                return stored;
            }
        } catch (ignored) {
            // storage may be unavailable; Polish it is
        }
        return 'pl';
    }

    function t(key) {
        const value = I18N[state.lang][key];
        return value === undefined ? (I18N.pl[key] === undefined ? key : I18N.pl[key]) : value;
    }

    function has(key) {
        return I18N[state.lang][key] !== undefined;
    }

    function locale() {
        return LOCALES[state.lang];
    }

    function h(tag, attrs) {
        const element = document.createElement(tag);
        setAttributes(element, attrs);
        appendChildren(element, Array.prototype.slice.call(arguments, 2));
        return element;
    }

    function s(tag, attrs) {
        const element = document.createElementNS(SVG_NS, tag);
        setAttributes(element, attrs);
        appendChildren(element, Array.prototype.slice.call(arguments, 2));
        return element;
    }

    function setAttributes(element, attrs) {
        if (!attrs) {
            return;
        }
        Object.keys(attrs).forEach(function (name) {
            const value = attrs[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'class') {
                element.setAttribute('class', value);
            } else {
                element.setAttribute(name, value === true ? '' : String(value));
            }
        });
    }

    function appendChildren(element, children) {
        children.forEach(function (child) {
            if (child === null || child === undefined || child === false) {
                return;
            }
            if (Array.isArray(child)) {
                appendChildren(element, child);
            } else if (child instanceof Node) {
                element.appendChild(child);
            } else {
                element.appendChild(document.createTextNode(String(child)));
            }
        });
    }

    function replace(id, content) {
        const container = document.getElementById(id);
        container.replaceChildren();
        appendChildren(container, [content]);
        focusableWhenScrolling(container);
    }

    // a table wider than the screen scrolls sideways in its frame: the frame then takes the keyboard focus, so that
    // the arrow keys scroll it, and is named by its heading (data-labelled-by) for whoever hears it
    function focusableWhenScrolling(frame) {
        const heading = frame.getAttribute('data-labelled-by');
        if (heading && frame.scrollWidth > frame.clientWidth) {
            setAttributes(frame, {tabindex: 0, role: 'region', 'aria-labelledby': heading});
        } else {
            ['tabindex', 'role', 'aria-labelledby'].forEach(function (name) {
                frame.removeAttribute(name);
            });
        }
    }

    function empty(key) {
        return h('p', {class: 'empty'}, t(key));
    }

    function number(value, fractionDigits) {
        if (value === null || value === undefined) {
            return '–';
        }
        return new Intl.NumberFormat(locale(), {maximumFractionDigits: fractionDigits === undefined ? 2 : fractionDigits})
            .format(Number(value));
    }

    function money(value, currency) {
        try {
            return new Intl.NumberFormat(locale(), {
                style: 'currency', currency: currency, minimumFractionDigits: 0, maximumFractionDigits: 2
            }).format(Number(value));
        } catch (notACurrency) {
            return number(value) + ' ' + currency;
        }
    }

    function approx(kind) {
        return t('approx.' + (has('approx.' + kind) ? kind : 'generic'));
    }

    function withApproximation(text, approximation) {
        return approximation && approximation !== 'EXACT' ? approx(approximation) + ' ' + text : text;
    }

    function parseInstant(text) {
        if (!text) {
            return null;
        }
        const date = new Date(String(text).replace(/\[.*\]$/, ''));
        return isNaN(date.getTime()) ? null : date;
    }

    function dateTimeInWarsaw(text) {
        const date = parseInstant(text);
        return date === null ? '–' : new Intl.DateTimeFormat(locale(), {
            timeZone: WARSAW, year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit'
        }).format(date);
    }

    function timeInWarsaw(text) {
        const date = parseInstant(text);
        return date === null ? '–' : new Intl.DateTimeFormat(locale(), {
            timeZone: WARSAW, hour: '2-digit', minute: '2-digit', second: '2-digit'
        }).format(date);
    }

    function localDate(text) {
        if (!text) {
            return '–';
        }
        const parts = String(text).split('-').map(Number);
        return new Intl.DateTimeFormat(locale(), {timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric'})
            .format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
    }

    function countryName(code) {
        if (!code) {
            return '–';
        }
        try {
            return new Intl.DisplayNames([locale()], {type: 'region'}).of(code) || code;
        } catch (unknown) {
            return code;
        }
    }

    function duration(seconds) {
        const total = Math.max(0, Math.floor(seconds));
        const days = Math.floor(total / 86400);
        const hours = Math.floor((total % 86400) / 3600);
        const minutes = Math.floor((total % 3600) / 60);
        const parts = [];
        if (days > 0) {
            parts.push(days + ' ' + t(days === 1 ? 'remaining.day' : 'remaining.days'));
        }
        if (days > 0 || hours > 0) {
            parts.push(hours + ' ' + t('remaining.hours'));
        }
        parts.push(minutes + ' ' + t('remaining.minutes'));
        return parts.join(' ');
    }

    // a progress bar named by label, so that it is announced as what it measures
    function bar(percent, testId, label) {
        const clamped = Math.max(0, Math.min(100, Number(percent) || 0));
        const fill = h('div', {class: 'bar-fill' + (Number(percent) >= 100 ? ' done' : '')});
        // through the CSSOM: the page's Content-Security-Policy refuses style attributes, not this
        fill.style.width = clamped + '%';
        return h('div', {class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
                'aria-valuenow': clamped, 'aria-label': label, 'data-testid': testId}, fill);
    }

    function table(headers, rows, attrs) {
        return h('table', attrs || {},
            h('thead', null, h('tr', null, headers.map(function (header) {
                return typeof header === 'string'
                    ? h('th', null, t(header))
                    : h('th', {class: header.class}, t(header.key));
            }))),
            h('tbody', null, rows));
    }

    // ---------------------------------------------------------------- rendering

    function renderStatic() {
        document.documentElement.lang = state.lang;
        document.title = t('title');
        document.querySelectorAll('[data-i18n]').forEach(function (element) {
            element.textContent = t(element.getAttribute('data-i18n'));
        });
        document.querySelectorAll('.lang button').forEach(function (button) {
            button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === state.lang));
        });
    }

    function renderLive() {
        const status = document.getElementById('live-status');
        status.setAttribute('data-state', state.live);
        status.setAttribute('data-state', state.asOf ? 'past' : state.live);
        document.getElementById('live-label').textContent = t(state.asOf ? 'live.past' : 'live.' + state.live);
        const statistics = state.statistics;
        document.getElementById('live-position').textContent = statistics ? String(statistics.position) : '–';
        document.getElementById('live-computed-at').textContent = !statistics ? '–'
            : state.asOf ? localDate(state.asOf) : timeInWarsaw(statistics.computedAt);
        document.getElementById('last-recorded').textContent = statistics && statistics.lastRecordedAt
            ? dateTimeInWarsaw(statistics.lastRecordedAt) : '–';
    }

    function renderStatistics() {
        const statistics = state.statistics;
        if (!statistics) {
            return;
        }
        document.getElementById('stat-projects').textContent = number(statistics.projects, 0);
        document.getElementById('stat-municipalities').textContent = number(statistics.municipalitiesInvolved, 0);
        document.getElementById('stat-partners').textContent = number(statistics.partnersInvolved, 0);
        document.getElementById('stat-open-recruitments').textContent = number(statistics.openRecruitments, 0);
        document.getElementById('stat-showings').textContent = number(statistics.showings, 0);
        replace('stat-people-trained', peopleTrained(statistics));
        renderStatusChart(statistics.projectsByStatus || {});
        replace('value-by-year', yearTotals(statistics.valueByYear || [], 'value'));
        replace('budget-by-year', yearTotals(statistics.budgetByYear || [], 'budget'));
        replace('grant-share', grantShare(statistics.grantShare || []));
        replace('outputs', outputs(statistics.outputs || []));
        renderLive();
    }

    /** "ponad 1200": the kind of approximation comes from the people-trained outputs when they agree. */
    function peopleTrained(statistics) {
        const total = statistics.peopleTrained || {value: 0, approximate: false};
        const text = number(total.value, 0);
        if (!total.approximate) {
            return text;
        }
        const kinds = (statistics.outputs || [])
            .filter(function (output) {
                return output.indicatorCode === 'people-trained' && output.approximation && output.approximation !== 'EXACT';
            })
            .map(function (output) {
                return output.approximation;
            })
            .filter(function (kind, index, all) {
                return all.indexOf(kind) === index;
            });
        return [h('span', {class: 'approx', 'data-testid': 'stat-people-trained-approximation'},
            kinds.length === 1 ? approx(kinds[0]) : approx('generic')), ' ', text];
    }

    function renderStatusChart(byStatus) {
        const statuses = Object.keys(byStatus);
        const titles = projectTitlesByStatus();
        const max = Math.max(1, Math.max.apply(null, statuses.map(function (status) {
            return Number(byStatus[status]) || 0;
        }).concat([0])));
        const rowHeight = 34;
        const labelWidth = 170;
        const barArea = 360;
        const width = labelWidth + barArea + 60;
        const height = statuses.length * rowHeight + 8;
        const chart = s('svg', {
            viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img',
            'aria-label': t('section.status'), 'data-testid': 'status-chart-svg', class: 'status-svg'
        });
        statuses.forEach(function (status, index) {
            const count = Number(byStatus[status]) || 0;
            const y = 4 + index * rowHeight;
            const barWidth = count === 0 ? 2 : Math.max(4, Math.round(barArea * count / max));
            const tooltip = [t('status.' + status) + ': ' + count].concat(titles[status] || []).join('\n');
            chart.appendChild(s('g', {'data-testid': 'status-bar', 'data-status': status, 'data-count': count},
                s('title', null, tooltip),
                s('text', {x: labelWidth - 10, y: y + rowHeight / 2, 'text-anchor': 'end',
                    'dominant-baseline': 'middle', class: 'status-label', 'data-testid': 'status-label'},
                    t('status.' + status)),
                s('rect', {x: labelWidth, y: y + 5, width: barWidth, height: rowHeight - 10, rx: 4,
                    fill: STATUS_COLOURS[status] || '#7f8c9d', opacity: count === 0 ? 0.35 : 1}),
                s('text', {x: labelWidth + barWidth + 8, y: y + rowHeight / 2, 'dominant-baseline': 'middle',
                    class: 'status-count', 'data-testid': 'status-count'}, String(count))));
        });
        const total = statuses.reduce(function (sum, status) {
            return sum + (Number(byStatus[status]) || 0);
        }, 0);
        replace('status-chart', [chart, h('p', {class: 'chart-total', 'data-testid': 'status-total'},
            t('chart.total') + ': ', h('strong', null, number(total, 0)))]);
    }

    function projectTitlesByStatus() {
        const titles = {};
        (state.projects || []).forEach(function (project) {
            (titles[project.status] = titles[project.status] || []).push('• ' + project.title);
        });
        return titles;
    }

    /** Rows of year and currency; the bars are scaled within each currency, never across currencies. */
    function yearTotals(totals, kind) {
        if (totals.length === 0) {
            return empty('empty.value');
        }
        const maxByCurrency = {};
        totals.forEach(function (total) {
            maxByCurrency[total.currency] = Math.max(maxByCurrency[total.currency] || 0, Number(total.total) || 0);
        });
        const sorted = totals.slice().sort(function (a, b) {
            return a.currency === b.currency ? a.year - b.year : (a.currency < b.currency ? -1 : 1);
        });
        return table(['col.year', 'col.currency', {key: 'col.total', class: 'num'}, ''], sorted.map(function (total) {
            const max = maxByCurrency[total.currency] || 1;
            return h('tr', {'data-testid': kind + '-row', 'data-year': total.year, 'data-currency': total.currency},
                h('td', null, String(total.year)),
                h('td', null, h('span', {class: 'currency'}, total.currency)),
                h('td', {class: 'num', 'data-testid': kind + '-total'},
                    (total.approximate ? approx('generic') + ' ' : '') + money(total.total, total.currency),
                    total.estimate ? h('span', {class: 'badge estimate', title: t('value.estimate'),
                        'data-testid': kind + '-estimate'}, '≈') : null),
                h('td', {class: 'bar-cell'}, bar(100 * (Number(total.total) || 0) / max, kind + '-bar',
                    total.year + ' ' + total.currency)));
        }), {class: 'data compact'});
    }

    function grantShare(shares) {
        if (shares.length === 0) {
            return empty('empty.value');
        }
        return table(['col.currency', {key: 'col.grant', class: 'num'}, {key: 'col.totalValue', class: 'num'},
            {key: 'col.share', class: 'num'}, ''], shares.map(function (share) {
            return h('tr', {'data-testid': 'grant-row', 'data-currency': share.currency},
                h('td', null, h('span', {class: 'currency'}, share.currency)),
                h('td', {class: 'num'}, money(share.grant, share.currency)),
                h('td', {class: 'num'}, money(share.totalValue, share.currency)),
                h('td', {class: 'num', 'data-testid': 'grant-percent'},
                    share.percent === null || share.percent === undefined ? '–' : number(share.percent, 1) + ' %'),
                h('td', {class: 'bar-cell'}, bar(share.percent, 'grant-bar', t('col.grant') + ' ' + share.currency)));
        }), {class: 'data compact'});
    }

    // the translation table names known indicators in the page's language (the stored names mix both);
    // any other indicator keeps the name it was defined with
    function indicatorName(output) {
        if (has('indicator.' + output.indicatorCode)) {
            return t('indicator.' + output.indicatorCode);
        }
        return output.name || output.indicatorCode;
    }

    function unit(name) {
        return name ? (has('unit.' + name) ? t('unit.' + name) : name) : '';
    }

    function outputs(list) {
        if (list.length === 0) {
            return empty('empty.outputs');
        }
        return table(['col.project', 'col.indicator', {key: 'col.actual', class: 'num'}, {key: 'col.target', class: 'num'},
            'col.progress'], list.map(function (output) {
            const hasTarget = output.target !== null && output.target !== undefined;
            const actual = output.actual === null || output.actual === undefined
                ? t('outputs.noActual')
                : withApproximation(number(output.actual), output.approximation) + ' ' + unit(output.unit);
            const progress = hasTarget && output.percentOfTarget !== null && output.percentOfTarget !== undefined
                ? h('div', {class: 'progress'}, bar(output.percentOfTarget, 'output-bar', indicatorName(output)),
                    h('span', {class: 'percent', 'data-testid': 'output-percent'}, number(output.percentOfTarget, 1) + ' %'))
                : h('span', {class: 'muted'}, hasTarget ? t('outputs.noActual') : t('outputs.noTarget'));
            return h('tr', {'data-testid': 'output-row', 'data-indicator': output.indicatorCode,
                    'data-project-id': output.projectId},
                h('td', {class: 'title-cell'}, output.projectTitle || '–'),
                h('td', null, h('span', {'data-testid': 'output-name'}, indicatorName(output)),
                    h('div', {class: 'code'}, output.indicatorCode)),
                h('td', {class: 'num', 'data-testid': 'output-actual'}, actual),
                h('td', {class: 'num', 'data-testid': 'output-target'},
                    hasTarget ? number(output.target) + ' ' + unit(output.unit) : '–'),
                h('td', {class: 'progress-cell'}, progress));
        }), {class: 'data'});
    }

    function renderRecruitments() {
        if (state.errors.recruitments) {
            replace('recruitments-open', h('p', {class: 'error'}, t('error.load')));
            replace('recruitments-closed', null);
            return;
        }
        if (!state.recruitments) {
            return;
        }
        const open = state.recruitments.filter(function (call) {
            return !call.closed && !call.deadlinePassed;
        });
        // past the deadline but not closed: a decision is awaited, the call is no longer open
        const awaiting = state.recruitments.filter(function (call) {
            return !call.closed && call.deadlinePassed;
        });
        const closed = state.recruitments.filter(function (call) {
            return call.closed;
        });
        replace('recruitments-open', open.length === 0 ? empty('empty.open') : table(
            ['col.call', 'col.project', {key: 'col.round', class: 'num'}, 'col.deadline', 'col.remaining',
                {key: 'col.placesLeft', class: 'num'}, {key: 'col.applications', class: 'num'}],
            open.map(function (call) {
                return openCall(call, 'recruitment-open-row');
            }), {class: 'data', 'data-testid': 'recruitments-open-table'}));
        replace('recruitments-awaiting', awaiting.length === 0 ? empty('empty.awaiting') : table(
            ['col.call', 'col.project', {key: 'col.round', class: 'num'}, 'col.deadline', 'col.remaining',
                {key: 'col.placesLeft', class: 'num'}, {key: 'col.applications', class: 'num'}],
            awaiting.map(function (call) {
                return openCall(call, 'recruitment-awaiting-row');
            }), {class: 'data', 'data-testid': 'recruitments-awaiting-table'}));
        replace('recruitments-closed', closed.length === 0 ? empty('empty.closed') : table(
            ['col.call', 'col.project', {key: 'col.round', class: 'num'}, 'col.closedAt',
                {key: 'col.applications', class: 'num'}, {key: 'col.accepted', class: 'num'},
                {key: 'col.rejected', class: 'num'}],
            closed.map(closedCall), {class: 'data', 'data-testid': 'recruitments-closed-table'}));
    }

    function remaining(call) {
        if (call.deadlinePassed) {
            return h('span', {class: 'badge warn', 'data-testid': 'recruitment-awaiting'}, t('badge.awaiting'));
        }
        if (state.asOf && call.deadline) {
            return h('span', {class: 'muted'}, '–');
        }
        if (call.secondsRemaining === null || call.secondsRemaining === undefined) {
            return h('span', {class: 'muted'}, t('remaining.none'));
        }
        const elapsed = (Date.now() - state.recruitmentsFetchedAt) / 1000;
        const left = call.secondsRemaining - elapsed;
        return left <= 0 ? h('span', {class: 'badge warn', 'data-testid': 'recruitment-awaiting'}, t('badge.awaiting'))
            : h('span', {class: 'badge ok'}, duration(left));
    }

    function openCall(call, rowTestId) {
        return h('tr', {'data-testid': rowTestId, 'data-id': call.id, 'data-round': call.round},
            h('td', {class: 'title-cell', 'data-testid': 'recruitment-title'}, call.title),
            h('td', {'data-testid': 'recruitment-project'}, call.projectTitle || '–'),
            h('td', {class: 'num', 'data-testid': 'recruitment-round'}, String(call.round)),
            h('td', {'data-testid': 'recruitment-deadline'}, call.deadline ? dateTimeInWarsaw(call.deadline) : '–'),
            h('td', {'data-testid': 'recruitment-remaining'}, remaining(call)),
            h('td', {class: 'num', 'data-testid': 'recruitment-places-left'},
                call.places === null || call.places === undefined
                    ? h('span', {class: 'muted'}, t('places.notStated'))
                    : number(call.placesLeft, 0) + ' ' + t('places.of') + ' ' + number(call.places, 0)),
            h('td', {class: 'num', 'data-testid': 'recruitment-applications'}, number(call.submitted, 0)));
    }

    function closedCall(call) {
        const accepted = (call.applicants || []).filter(function (applicant) {
            return applicant.status === 'ACCEPTED';
        }).map(function (applicant) {
            return applicant.name || applicant.municipalityId;
        });
        return h('tr', {'data-testid': 'recruitment-closed-row', 'data-id': call.id, 'data-round': call.round},
            h('td', {class: 'title-cell'},
                h('div', {'data-testid': 'recruitment-title'}, call.title),
                accepted.length === 0 ? null
                    : h('div', {class: 'names'}, t('recruitment.acceptedNames') + ': ' + accepted.join(', '))),
            h('td', {'data-testid': 'recruitment-project'}, call.projectTitle || '–'),
            h('td', {class: 'num', 'data-testid': 'recruitment-round'}, String(call.round)),
            h('td', {'data-testid': 'recruitment-closed-at'}, call.closedAt ? dateTimeInWarsaw(call.closedAt) : '–'),
            h('td', {class: 'num', 'data-testid': 'recruitment-applications'}, number(call.submitted, 0)),
            h('td', {class: 'num'}, h('span', {class: 'badge ok', 'data-testid': 'recruitment-accepted'},
                number(call.accepted, 0))),
            h('td', {class: 'num'}, h('span', {class: 'badge' + (call.rejected > 0 ? ' warn' : ''),
                'data-testid': 'recruitment-rejected'}, number(call.rejected, 0))));
    }

    function renderCalendar() {
        if (state.errors.calendar) {
            replace('calendar', h('p', {class: 'error'}, t('error.load')));
            return;
        }
        if (!state.calendar) {
            return;
        }
        const showings = state.calendar.slice().sort(function (a, b) {
            return a.from === b.from ? String(a.venueName).localeCompare(String(b.venueName)) : (a.from < b.from ? -1 : 1);
        });
        replace('calendar', showings.length === 0 ? empty('empty.calendar') : table(
            ['col.dates', 'col.exhibition', 'col.venue', 'col.city', 'col.country', 'col.programme', 'col.state'],
            showings.map(function (showing) {
                return h('tr', {'data-testid': 'calendar-row', 'data-showing': showing.showingCode,
                        'data-from': showing.from, 'data-to': showing.to,
                        'data-cancelled': String(!!showing.cancelled), class: showing.cancelled ? 'cancelled' : null},
                    h('td', {class: 'dates', 'data-testid': 'calendar-dates'},
                        localDate(showing.from) + ' – ' + localDate(showing.to)),
                    h('td', {class: 'title-cell', 'data-testid': 'calendar-exhibition'}, showing.exhibitionTitle),
                    h('td', {'data-testid': 'calendar-venue'}, showing.venueName),
                    h('td', {'data-testid': 'calendar-city'}, showing.city || '–'),
                    h('td', {'data-testid': 'calendar-country'}, countryName(showing.country),
                        h('span', {class: 'code'}, ' ' + (showing.country || ''))),
                    h('td', {class: 'programme'}, (showing.sideProgramme || []).join(', ') || '–'),
                    h('td', {'data-testid': 'calendar-state'}, showing.cancelled
                        ? [h('span', {class: 'badge bad', 'data-testid': 'calendar-cancelled'}, t('calendar.cancelled')),
                            showing.cancellationReason ? h('div', {class: 'names'}, showing.cancellationReason) : null]
                        : showingBadge(showing)));
            }), {class: 'data', 'data-testid': 'calendar-table'}));
    }

    /** Held, on now or scheduled on the day shown: the chosen date, or today in Warsaw. */
    function showingState(showing) {
        if (showing.state) {
            return showing.state;
        }
        const day = state.asOf || new Intl.DateTimeFormat('en-CA', {timeZone: WARSAW}).format(new Date());
        return showing.to < day ? 'HELD' : (showing.from > day ? 'SCHEDULED' : 'ON_NOW');
    }

    function showingBadge(showing) {
        const kind = showingState(showing);
        const key = kind === 'HELD' ? 'calendar.held' : kind === 'ON_NOW' ? 'calendar.onNow' : 'calendar.scheduled';
        return h('span', {class: 'badge ' + (kind === 'HELD' ? 'muted-badge' : 'ok'), 'data-testid': 'calendar-showing-state',
            'data-state': kind}, t(key));
    }

    function renderAll() {
        renderStatic();
        renderLive();
        renderStatistics();
        renderRecruitments();
        renderCalendar();
    }

    // ---------------------------------------------------------------- data

    function getJson(url) {
        return fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store'}).then(function (response) {
            if (!response.ok) {
                throw new Error(url + ' answered ' + response.status);
            }
            return response.json();
        });
    }

    /** Newer figures only: a slow response must not replace what the stream already showed. */
    function acceptStatistics(statistics) {
        if (state.asOf) {
            return; // a past date is shown: live figures wait until the user returns to today
        }
        if (state.statistics && Number(statistics.position) < Number(state.statistics.position)) {
            return;
        }
        state.statistics = statistics;
        renderStatistics();
    }

    let listsInFlight = false;
    let listsAgain = false;

    /** The board, the calendar and the project titles; one refresh at a time, the last request always served. */
    function refreshLists() {
        if (state.asOf) {
            return;
        }
        if (listsInFlight) {
            listsAgain = true;
            return;
        }
        listsInFlight = true;
        listsAgain = false;
        Promise.allSettled([
            getJson('api/recruitments?state=all&size=100'),
            getJson('api/exhibitions/calendar?includeCancelled=true'),
            getJson('api/projects?size=100')
        ]).then(function (results) {
            if (results[0].status === 'fulfilled') {
                state.recruitments = results[0].value.items || [];
                state.recruitmentsFetchedAt = Date.now();
                state.errors.recruitments = false;
            } else {
                state.errors.recruitments = true;
                console.warn(results[0].reason);
            }
            if (results[1].status === 'fulfilled') {
                state.calendar = results[1].value;
                state.errors.calendar = false;
            } else {
                state.errors.calendar = true;
                console.warn(results[1].reason);
            }
            if (results[2].status === 'fulfilled') {
                state.projects = results[2].value.items || [];
                if (state.statistics) {
                    renderStatusChart(state.statistics.projectsByStatus || {});
                }
            }
            renderRecruitments();
            renderCalendar();
        }).finally(function () {
            listsInFlight = false;
            if (listsAgain) {
                refreshLists();
            }
        });
    }

    function connect() {
        if (typeof EventSource === 'undefined') {
            state.live = 'offline';
            renderLive();
            return;
        }
        const source = new EventSource('api/dashboard/stream');
        source.addEventListener('open', function () {
            state.live = 'live';
            renderLive();
        });
        source.addEventListener('statistics', function (event) {
            state.live = 'live';
            try {
                acceptStatistics(JSON.parse(event.data));
            } catch (malformed) {
                console.warn('malformed statistics event', malformed);
            }
            renderLive();
            refreshLists();
        });
        source.addEventListener('error', function () {
            // EventSource reconnects by itself unless the server refused the stream outright
            state.live = source.readyState === EventSource.CLOSED ? 'offline' : 'connecting';
            renderLive();
            if (source.readyState === EventSource.CLOSED) {
                window.setTimeout(connect, 5000);
            }
        });
    }

    function setLanguage(lang) {
        if (!I18N[lang] || lang === state.lang) {
            return;
        }
        state.lang = lang;
        try {
            window.localStorage.setItem(LANG_KEY, lang);
        } catch (ignored) {
            // not remembered, still switched
        }
        renderAll();
    }

    /** Every panel redrawn as the world stood at the end of the chosen day (business time). */
    function showAsOf(day) {
        state.asOf = day || null;
        if (!state.asOf) {
            state.statistics = null;
            getJson('api/dashboard/statistics').then(acceptStatistics).catch(function (error) {
                console.warn(error);
            });
            refreshLists();
            renderLive();
            return;
        }
        getJson('api/dashboard/snapshot?asOf=' + encodeURIComponent(state.asOf)).then(function (snapshot) {
            if (state.asOf !== day) {
                return; // another date was chosen meanwhile
            }
            state.statistics = snapshot.statistics;
            state.projects = snapshot.projects;
            state.recruitments = snapshot.recruitments.map(function (call) {
                return {
                    id: call.id, projectTitle: call.projectTitle, round: call.round, title: call.title,
                    deadline: call.deadline, closed: call.state === 'CLOSED', closedAt: call.closedAt,
                    deadlinePassed: call.state === 'AWAITING_DECISION', secondsRemaining: null, places: call.places,
                    placesLeft: call.places === null || call.places === undefined ? null
                        : Math.max(0, call.places - call.accepted),
                    submitted: call.submitted, accepted: call.accepted, rejected: call.rejected, applicants: []
                };
            });
            state.calendar = snapshot.showings.map(function (showing) {
                return {
                    showingCode: showing.showingCode, exhibitionTitle: showing.exhibitionTitle,
                    venueName: showing.venueName, city: showing.city, country: showing.country, from: showing.from,
                    to: showing.to, sideProgramme: showing.sideProgramme, cancelled: showing.state === 'CANCELLED',
                    cancellationReason: showing.cancellationReason, state: showing.state
                };
            });
            state.errors = {};
            renderAll();
        }).catch(function (error) {
            console.warn(error);
        });
        renderLive();
    }

    function start() {
        const asOf = document.getElementById('as-of');
        asOf.addEventListener('change', function () {
            showAsOf(asOf.value);
        });
        document.getElementById('as-of-form').addEventListener('submit', function (event) {
            event.preventDefault();
            showAsOf(asOf.value);
        });
        document.getElementById('as-of-today').addEventListener('click', function () {
            asOf.value = '';
            showAsOf(null);
        });
        document.querySelectorAll('.lang button').forEach(function (button) {
            button.addEventListener('click', function () {
                setLanguage(button.getAttribute('data-lang'));
            });
        });
        window.addEventListener('resize', function () {
            document.querySelectorAll('[data-labelled-by]').forEach(focusableWhenScrolling);
        });
        renderAll();
        getJson('api/dashboard/statistics').then(acceptStatistics).catch(function (error) {
            console.warn(error);
        });
        refreshLists();
        connect();
        // the time remaining counts down between updates
        window.setInterval(renderRecruitments, 30000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
