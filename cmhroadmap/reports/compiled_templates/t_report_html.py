# Jinja's compilation of templates/report.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_rating = missing
    pass
    parent_template = environment.get_template('base.html', 'report.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_macros.html', 'report.html')._get_default_module(context)
    l_0_rating = getattr(included_template, 'rating', missing)
    if l_0_rating is missing:
        l_0_rating = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'report.html') does not export the requested name 'rating'", name='rating')
    context.vars['rating'] = l_0_rating
    context.exported_vars.discard('rating')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    pass
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'))))
    yield ' '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield ': CMH transformation self-assessment'

def block_print_margins(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_2 = environment.filters['css_string']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'css_string' found.")
    pass
    yield '  @media print { @page { @top-left { content: '
    yield escape(environment.finalize(t_2(markup_join((environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'), ', ', environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period'), )))))
    yield ';\n                                     font-size: 8pt; color: #4c6272; } } }\n'

def block_banner(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_title')))

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_1 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_5 = environment.tests['string']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'string' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '</h1>\n'
    l_1_g = environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'glance')
    pass
    template = environment.get_template('_glance.html', 'report.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'g': l_1_g}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_g = missing
    yield '\n<nav class="contents" aria-label="Contents">\n  <h2>Contents</h2>\n  <ol>\n    <li><a href="#glance">At a glance</a></li>\n    <li><a href="#plan">'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan_title')))
    yield '</a></li>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'remaining'):
        pass
        yield '    <li><a href="#remaining">The other deliverables below the top of the scale</a></li>\n'
    yield '    <li><a href="#summary">Deliverables at each level</a></li>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'):
        pass
        yield '    <li><a href="#validation">Independent validation</a></li>\n'
    yield '    <li><a href="#grid">The roadmap grid</a></li>\n    <li><a href="#warnings">Dependency warnings</a></li>\n    <li><a href="#groups">Deliverables that rely upon each other</a></li>\n    <li><a href="#details">Every deliverable in detail</a></li>\n    <li><a href="#about">About this report</a></li>\n  </ol>\n</nav>\n\n<h2 id="plan">'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan_title')))
    yield '</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan'):
        pass
        yield '<p>The deliverables whose own rating holds back the most others come first: those with '
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'held_rule')))
        yield ', which cannot rise further without running ahead of them.</p>\n<ol class="plan">\n'
        for l_1_item in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'plan'):
            l_1_rating = resolve('rating')
            _loop_vars = {}
            pass
            yield '  <li>\n    <h3><a href="#'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'detail'), 'anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'detail'), 'title')))
            yield '</a> '
            yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), environment.getattr(environment.getattr(l_1_item, 'detail'), 'rating'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_item, 'own_note'):
                pass
                yield ' <span class="muted">('
                yield escape(environment.finalize(environment.getattr(l_1_item, 'own_note')))
                yield ')</span>'
            yield '</h3>\n    <p><span class="status status-'
            yield escape(environment.finalize(environment.getitem(environment.getattr(l_1_item, 'delivery'), 0)))
            yield '">'
            yield escape(environment.finalize(environment.getitem(environment.getattr(l_1_item, 'delivery'), 1)))
            yield '</span> '
            yield escape(environment.finalize(environment.getitem(environment.getattr(l_1_item, 'delivery'), 2)))
            yield '.</p>\n    <p>'
            yield escape(environment.finalize(environment.getattr(l_1_item, 'reason')))
            yield '</p>\n'
            if environment.getattr(l_1_item, 'in_group'):
                pass
                yield '    <p class="muted">One of the deliverables that rely upon each other: see <a href="#groups">Deliverables that rely upon each other</a>.</p>\n'
            if (environment.getattr(environment.getattr(l_1_item, 'detail'), 'owner') or environment.getattr(environment.getattr(l_1_item, 'detail'), 'target')):
                pass
                yield '    <p>'
                if environment.getattr(environment.getattr(l_1_item, 'detail'), 'owner'):
                    pass
                    yield 'Owner: '
                    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_item, 'detail'), 'owner'))))
                    yield '. '
                if environment.getattr(environment.getattr(l_1_item, 'detail'), 'target'):
                    pass
                    yield 'Target: '
                    yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_item, 'detail'), 'target')))
                    yield '.'
                yield '</p>\n'
            if environment.getattr(environment.getattr(l_1_item, 'detail'), 'getting_started'):
                pass
                yield '    <h4>Getting started</h4>\n    <ol>'
                for l_2_step in environment.getattr(environment.getattr(l_1_item, 'detail'), 'getting_started'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(environment.getattr(l_2_step, 'text')))
                    if environment.getattr(l_2_step, 'points'):
                        pass
                        yield '<ul>'
                        for l_3_point in environment.getattr(l_2_step, 'points'):
                            _loop_vars = {}
                            pass
                            yield '<li>'
                            yield escape(environment.finalize(l_3_point))
                            yield '</li>'
                        l_3_point = missing
                        yield '</ul>'
                    yield '</li>'
                l_2_step = missing
                yield '</ol>\n'
            if environment.getattr(l_1_item, 'unmet'):
                pass
                yield '    <h4>Success markers not yet evidenced</h4>\n    <ul>'
                for (l_2_number, l_2_text) in environment.getattr(l_1_item, 'unmet'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(l_2_number))
                    yield '. '
                    yield escape(environment.finalize(l_2_text))
                    yield '</li>'
                l_2_number = l_2_text = missing
                yield '</ul>\n'
            if environment.getattr(l_1_item, 'relies_upon'):
                pass
                yield '    <h4>Relies upon</h4>\n    <ul>'
                for (l_2_title, l_2_anchor, l_2_view) in environment.getattr(l_1_item, 'relies_upon'):
                    _loop_vars = {}
                    pass
                    yield '<li><a href="#'
                    yield escape(environment.finalize(l_2_anchor))
                    yield '">'
                    yield escape(environment.finalize(l_2_title))
                    yield '</a> '
                    yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), l_2_view, _loop_vars=_loop_vars)))
                    yield '</li>'
                l_2_title = l_2_anchor = l_2_view = missing
                yield '</ul>\n'
            if environment.getattr(environment.getattr(l_1_item, 'detail'), 'resources'):
                pass
                yield '    <h4>Resources and guidance</h4>\n    <ul>'
                for (l_2_title, l_2_url) in environment.getattr(environment.getattr(l_1_item, 'detail'), 'resources'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    if l_2_url:
                        pass
                        yield '<a href="'
                        yield escape(environment.finalize(l_2_url))
                        yield '">'
                        yield escape(environment.finalize(l_2_title))
                        yield '</a>'
                    else:
                        pass
                        yield escape(environment.finalize(l_2_title))
                    yield '</li>'
                l_2_title = l_2_url = missing
                yield '</ul>\n'
            yield '  </li>\n'
        l_1_item = l_1_rating = missing
        yield '</ol>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'glance'), 'no_priorities')))
        yield '</p>\n'
    yield '\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'remaining'):
        pass
        yield '<h2 id="remaining">The other deliverables below the top of the scale</h2>\n<p>In the same order, one line each; select one to read its detail.</p>\n<table class="remaining stack">\n  <thead><tr><th scope="col" class="number">Rank</th><th scope="col">Deliverable</th><th scope="col">Rating</th><th scope="col">Delivery</th><th scope="col" class="number">Rated above it and waiting</th><th scope="col" class="number">Not yet in place and relying on it</th></tr></thead>\n  <tbody>\n'
        for l_1_row in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'remaining'):
            l_1_rating = resolve('rating')
            _loop_vars = {}
            pass
            yield '    <tr><td class="number" data-label="Rank">'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'rank')))
            yield '</td><th scope="row"><a href="#'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'title')))
            yield '</a></th><td data-label="Rating">'
            yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), environment.getattr(l_1_row, 'rating'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_row, 'own_note'):
                pass
                yield ' <span class="muted">('
                yield escape(environment.finalize(environment.getattr(l_1_row, 'own_note')))
                yield ')</span>'
            yield '</td><td data-label="Delivery"><span class="status status-'
            yield escape(environment.finalize(environment.getitem(environment.getattr(l_1_row, 'delivery'), 0)))
            yield '">'
            yield escape(environment.finalize(environment.getitem(environment.getattr(l_1_row, 'delivery'), 1)))
            yield '</span> '
            yield escape(environment.finalize(environment.getitem(environment.getattr(l_1_row, 'delivery'), 2)))
            yield '</td><td class="number" data-label="Rated above it and waiting">'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'held_back')))
            yield '</td><td class="number" data-label="Not yet in place and relying on it">'
            yield escape(environment.finalize(environment.getattr(l_1_row, 'leverage')))
            yield '</td></tr>\n'
        l_1_row = l_1_rating = missing
        yield '  </tbody>\n</table>\n'
    yield '\n<h2 id="summary">Deliverables at each level</h2>\n<p>The tool\'s four-point scale (cmhroadmap\'s own, not NHS England\'s):\n'
    l_1_loop = missing
    for l_1_level, l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), undefined):
        l_1_rating = resolve('rating')
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), l_1_level, _loop_vars=_loop_vars)))
        yield escape(environment.finalize((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 86 in 'report.html' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_level = l_1_rating = missing
    yield '.\n'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'not_assessed')))
    yield ' deliverable'
    yield escape(environment.finalize(('' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'not_assessed') == 1) else 's')))
    yield ' in scope '
    yield escape(environment.finalize(('is' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'not_assessed') == 1) else 'are')))
    yield ' not assessed.</p>\n<table class="counts stack">\n  <caption class="muted">Deliverables in scope at each level, by roadmap column</caption>\n  <thead><tr><th scope="col">Column</th>'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield '</th>'
    l_1_level = missing
    yield '<th scope="col" class="number">Not assessed</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'counts'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr'
        if environment.getattr(l_1_row, 'total'):
            pass
            yield ' class="total"'
        yield '><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'title')))
        yield '</th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(environment.getattr(l_1_row, 'cells'), undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), environment.getattr(l_2_loop, 'index0')), 'text')))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '<td class="number" data-label="Not assessed">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'not_assessed')))
        yield '</td></tr>\n'
    l_1_loop = l_1_row = missing
    yield '  </tbody>\n</table>\n\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'):
        pass
        yield '<h2 id="validation">Independent validation</h2>\n<p>Validated by '
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'validator'))))
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'role'):
            pass
            yield ' ('
            yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'role'))))
            yield ')'
        yield ' on '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'validated_on')))
        yield '; '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'sampled')))
        yield ' deliverable'
        yield escape(environment.finalize(('' if (environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'sampled') == 1) else 's')))
        yield ' rated. '
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'basis')))
        yield '</p>\n'
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'notes'):
            pass
            yield '<p>'
            yield escape(environment.finalize(t_1(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'notes'))))
            yield '</p>'
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'differences'):
            pass
            yield '<table class="stack">\n  <caption class="muted">Where the validated rating differs from the system\'s own</caption>\n  <thead><tr><th scope="col">Deliverable</th><th scope="col">Self-assessed</th><th scope="col">Validated</th><th scope="col">Validator\'s note</th></tr></thead>\n  <tbody>\n'
            for (l_1_title, l_1_anchor, l_1_own, l_1_validated, l_1_note) in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'validation'), 'differences'):
                l_1_rating = resolve('rating')
                _loop_vars = {}
                pass
                yield '    <tr><th scope="row"><a href="#'
                yield escape(environment.finalize(l_1_anchor))
                yield '">'
                yield escape(environment.finalize(l_1_title))
                yield '</a></th><td data-label="Self-assessed">'
                yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), l_1_own, _loop_vars=_loop_vars)))
                yield '</td><td data-label="Validated">'
                yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), l_1_validated, _loop_vars=_loop_vars)))
                yield '</td><td data-label="Validator\'s note">'
                yield escape(environment.finalize((t_1(l_1_note) if l_1_note else '')))
                yield '</td></tr>\n'
            l_1_title = l_1_anchor = l_1_own = l_1_validated = l_1_note = l_1_rating = missing
            yield '  </tbody>\n</table>\n'
        else:
            pass
            yield "<p>Every validated rating agrees with the system's own.</p>\n"
        yield '\n'
    yield '<h2 id="grid">The roadmap grid</h2>\n<p>Each deliverable of the roadmap\'s summary grid with its rating; select one to read its detail.</p>\n<table class="grid roadmap-grid">\n  <caption class="muted">Ratings in the layout of the roadmap\'s summary grid</caption>\n  <thead>\n    <tr>'
    for l_1_title in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'grid_header'):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(environment.finalize(l_1_title))
        yield '</th>'
    l_1_title = missing
    for l_1_title in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_header'):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_title')))
        yield ': '
        yield escape(environment.finalize(l_1_title))
        yield '</th>'
    l_1_title = missing
    yield '</tr>\n  </thead>\n  <tbody>\n'
    for l_1_row in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'grid_rows'):
        _loop_vars = {}
        pass
        yield '    <tr>\n'
        for l_2_cell in l_1_row:
            l_2_rating = resolve('rating')
            _loop_vars = {}
            pass
            if t_4(l_2_cell):
                pass
                yield '      <td></td>\n'
            elif t_5(l_2_cell):
                pass
                yield '      <td class="not-chosen"><span>Not a chosen focus area</span></td>\n'
            else:
                pass
                yield '      <td class="cell '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_cell, 'rating'), 'css')))
                yield '"><a href="#'
                yield escape(environment.finalize(environment.getattr(l_2_cell, 'anchor')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_cell, 'wording')))
                yield '</a> '
                yield escape(environment.finalize(context.call((undefined(name='rating') if l_2_rating is missing else l_2_rating), environment.getattr(l_2_cell, 'rating'), _loop_vars=_loop_vars)))
                if environment.getattr(l_2_cell, 'own'):
                    pass
                    yield ' <span class="muted">('
                    yield escape(environment.finalize(environment.getattr(l_2_cell, 'own')))
                    yield ')</span>'
                if environment.getattr(l_2_cell, 'parts'):
                    pass
                    yield '        <ul class="parts">'
                    for (l_3_title, l_3_anchor, l_3_view) in environment.getattr(l_2_cell, 'parts'):
                        _loop_vars = {}
                        pass
                        yield '<li><a href="#'
                        yield escape(environment.finalize(l_3_anchor))
                        yield '">'
                        yield escape(environment.finalize(l_3_title))
                        yield '</a> '
                        yield escape(environment.finalize(environment.getattr(l_3_view, 'text')))
                        yield '</li>'
                    l_3_title = l_3_anchor = l_3_view = missing
                    yield '</ul>\n'
                yield '      </td>\n'
        l_2_cell = l_2_rating = missing
        yield '    </tr>\n'
    l_1_row = missing
    yield '  </tbody>\n</table>\n\n<div class="grid-list">\n'
    for l_1_column in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'grid_columns'):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(environment.getattr(l_1_column, 'title')))
        yield '</h3>\n'
        if (not environment.getattr(l_1_column, 'chosen')):
            pass
            yield '<p class="muted">Not a chosen focus area.</p>\n'
        else:
            pass
            yield '<ul>\n'
            for l_2_cell in environment.getattr(l_1_column, 'cells'):
                l_2_rating = resolve('rating')
                _loop_vars = {}
                pass
                yield '  <li><a href="#'
                yield escape(environment.finalize(environment.getattr(l_2_cell, 'anchor')))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_cell, 'wording')))
                yield '</a> '
                yield escape(environment.finalize(context.call((undefined(name='rating') if l_2_rating is missing else l_2_rating), environment.getattr(l_2_cell, 'rating'), _loop_vars=_loop_vars)))
                if environment.getattr(l_2_cell, 'own'):
                    pass
                    yield ' <span class="muted">('
                    yield escape(environment.finalize(environment.getattr(l_2_cell, 'own')))
                    yield ')</span>'
                yield '</li>\n'
            l_2_cell = l_2_rating = missing
            yield '</ul>\n'
    l_1_column = missing
    yield '</div>\n\n<h2 id="warnings">Dependency warnings</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'warnings'):
        pass
        yield '<p>Ratings that are ahead of what the deliverable relies upon by '
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'threshold')))
        yield ' or more levels, which makes them hard to credit.</p>\n<table class="stack">\n  <thead><tr><th scope="col">Deliverable</th><th scope="col">Rating</th><th scope="col">Relies upon</th><th scope="col">Its rating</th><th scope="col" class="number">Gap</th><th scope="col">Acknowledged</th></tr></thead>\n  <tbody>\n'
        for l_1_w in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'warnings'):
            l_1_rating = resolve('rating')
            _loop_vars = {}
            pass
            yield '    <tr><th scope="row"><a href="#'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'deliverable_anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'deliverable')))
            yield '</a></th><td data-label="Rating">'
            yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), environment.getattr(l_1_w, 'rating'), _loop_vars=_loop_vars)))
            yield '</td><td data-label="Relies upon"><a href="#'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'relies_upon_anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'relies_upon')))
            yield '</a></td><td data-label="Its rating">'
            yield escape(environment.finalize(context.call((undefined(name='rating') if l_1_rating is missing else l_1_rating), environment.getattr(l_1_w, 'relied_rating'), _loop_vars=_loop_vars)))
            yield '</td><td class="number" data-label="Gap">'
            yield escape(environment.finalize(environment.getattr(l_1_w, 'gap')))
            yield '</td><td data-label="Acknowledged">'
            yield escape(environment.finalize((t_1(environment.getattr(l_1_w, 'reason')) if (not t_4(environment.getattr(l_1_w, 'reason'))) else 'No')))
            yield '</td></tr>\n'
        l_1_w = l_1_rating = missing
        yield '  </tbody>\n</table>\n'
    else:
        pass
        yield '<p>None: every rating is credible given what it relies upon.</p>\n'
    yield '\n<h2 id="groups">Deliverables that rely upon each other</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups'):
        pass
        for l_1_group in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'groups'):
            _loop_vars = {}
            pass
            yield '<p>A group of '
            yield escape(environment.finalize(environment.getattr(l_1_group, 'size')))
            yield ' deliverables rely upon each other, directly or through what they rely upon, and have to move together. The most relied upon in the group are '
            yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_1_group, 'leaders'), ', ')))
            yield '. Its members not yet fully in place:</p>\n<ul>'
            for (l_2_title, l_2_anchor, l_2_view) in environment.getattr(l_1_group, 'gaps'):
                l_2_rating = resolve('rating')
                _loop_vars = {}
                pass
                yield '<li><a href="#'
                yield escape(environment.finalize(l_2_anchor))
                yield '">'
                yield escape(environment.finalize(l_2_title))
                yield '</a> '
                yield escape(environment.finalize(context.call((undefined(name='rating') if l_2_rating is missing else l_2_rating), l_2_view, _loop_vars=_loop_vars)))
                yield '</li>'
            l_2_title = l_2_anchor = l_2_view = l_2_rating = missing
            yield '</ul>\n'
        l_1_group = missing
    else:
        pass
        yield '<p>No group of deliverables that rely upon each other has one not yet fully in place.</p>\n'
    yield '\n<h2 id="details">Every deliverable in detail</h2>\n'
    l_1_loop = missing
    for (l_1_column, l_1_items), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'columns'), undefined):
        _loop_vars = {}
        pass
        yield '<h3>'
        yield escape(environment.finalize(l_1_column))
        yield '</h3>\n'
        l_2_loop = missing
        for l_2_d, l_2_loop in LoopContext(l_1_items, undefined):
            l_2_rating = resolve('rating')
            _loop_vars = {}
            pass
            yield '<section aria-labelledby="'
            yield escape(environment.finalize(environment.getattr(l_2_d, 'anchor')))
            yield '">\n<h4 id="'
            yield escape(environment.finalize(environment.getattr(l_2_d, 'anchor')))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_2_d, 'title')))
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='rating') if l_2_rating is missing else l_2_rating), environment.getattr(l_2_d, 'rating'), _loop_vars=_loop_vars)))
            yield '</h4>\n'
            if (not environment.getattr(l_2_d, 'in_scope')):
                pass
                yield '<p class="muted">Not in scope: this deliverable belongs to a dedicated focus area the system has not chosen.</p>\n'
            if environment.getattr(l_2_d, 'part_of'):
                pass
                yield '<p>Part of <a href="#'
                yield escape(environment.finalize(environment.getitem(environment.getattr(l_2_d, 'part_of'), 1)))
                yield '">'
                yield escape(environment.finalize(environment.getitem(environment.getattr(l_2_d, 'part_of'), 0)))
                yield '</a>.</p>'
            if environment.getattr(l_2_d, 'parts'):
                pass
                yield '<p>Its rating is the lowest of its parts: '
                l_3_loop = missing
                for (l_3_title, l_3_anchor), l_3_loop in LoopContext(environment.getattr(l_2_d, 'parts'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<a href="#'
                    yield escape(environment.finalize(l_3_anchor))
                    yield '">'
                    yield escape(environment.finalize(l_3_title))
                    yield '</a>'
                    yield escape(environment.finalize((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 195 in 'report.html' evaluated to false and no else section was defined."))))
                l_3_loop = l_3_title = l_3_anchor = missing
                yield '.</p>'
            if (environment.getattr(l_2_d, 'validated') or environment.getattr(l_2_d, 'validation_note')):
                pass
                yield '<p><strong>Self-assessed:</strong> '
                yield escape(environment.finalize((context.call((undefined(name='rating') if l_2_rating is missing else l_2_rating), environment.getattr(l_2_d, 'self_rating'), _loop_vars=_loop_vars) if environment.getattr(l_2_d, 'self_rating') else '')))
                yield ' <strong>Validated:</strong> '
                yield escape(environment.finalize((context.call((undefined(name='rating') if l_2_rating is missing else l_2_rating), environment.getattr(l_2_d, 'validated'), _loop_vars=_loop_vars) if environment.getattr(l_2_d, 'validated') else 'not rated')))
                if environment.getattr(l_2_d, 'validation_note'):
                    pass
                    yield '. '
                    yield escape(environment.finalize(t_1(environment.getattr(l_2_d, 'validation_note'))))
                yield '</p>'
            if environment.getattr(l_2_d, 'evidence'):
                pass
                yield '<p><strong>Evidence:</strong> '
                yield escape(environment.finalize(t_1(environment.getattr(l_2_d, 'evidence'))))
                yield '</p>'
            if environment.getattr(l_2_d, 'owner'):
                pass
                yield '<p><strong>Owner:</strong> '
                yield escape(environment.finalize(t_1(environment.getattr(l_2_d, 'owner'))))
                yield '</p>'
            if environment.getattr(l_2_d, 'target'):
                pass
                yield '<p><strong>Target:</strong> '
                yield escape(environment.finalize(environment.getattr(l_2_d, 'target')))
                yield '</p>'
            if environment.getattr(l_2_d, 'notes'):
                pass
                yield '<p><strong>Notes:</strong> '
                yield escape(environment.finalize(t_1(environment.getattr(l_2_d, 'notes'))))
                yield '</p>'
            for (l_3_title, l_3_reason) in environment.getattr(l_2_d, 'acknowledged'):
                _loop_vars = {}
                pass
                yield '<p><strong>Acknowledged</strong> that it runs ahead of '
                yield escape(environment.finalize(l_3_title))
                yield ': '
                yield escape(environment.finalize(t_1(l_3_reason)))
                yield '</p>'
            l_3_title = l_3_reason = missing
            if environment.getattr(l_2_d, 'success'):
                pass
                yield '<p><strong>Success markers</strong></p>\n<ul class="met">'
                for l_3_m in environment.getattr(l_2_d, 'success'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    if environment.getattr(l_3_m, 'status'):
                        pass
                        yield '<strong>'
                        yield escape(environment.finalize(environment.getattr(l_3_m, 'status')))
                        yield ':</strong> '
                    yield escape(environment.finalize(environment.getattr(l_3_m, 'number')))
                    yield '. '
                    yield escape(environment.finalize(environment.getattr(l_3_m, 'text')))
                    if environment.getattr(l_3_m, 'alternative_to'):
                        pass
                        yield ' (an alternative to marker '
                        yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr(l_3_m, 'alternative_to'), ', ')))
                        yield ')'
                    yield '</li>'
                l_3_m = missing
                yield '</ul>\n'
            if environment.getattr(l_2_d, 'getting_started'):
                pass
                yield '<p><strong>Getting started</strong></p>\n<ol>'
                for l_3_step in environment.getattr(l_2_d, 'getting_started'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(environment.getattr(l_3_step, 'text')))
                    if environment.getattr(l_3_step, 'points'):
                        pass
                        yield '<ul>'
                        for l_4_point in environment.getattr(l_3_step, 'points'):
                            _loop_vars = {}
                            pass
                            yield '<li>'
                            yield escape(environment.finalize(l_4_point))
                            yield '</li>'
                        l_4_point = missing
                        yield '</ul>'
                    yield '</li>'
                l_3_step = missing
                yield '</ol>\n'
            if environment.getattr(l_2_d, 'voice'):
                pass
                yield '<p><strong>Service user voice</strong></p>\n'
                for l_3_quote in environment.getattr(l_2_d, 'voice'):
                    _loop_vars = {}
                    pass
                    yield '<blockquote><p>'
                    yield escape(environment.finalize(l_3_quote))
                    yield '</p></blockquote>'
                l_3_quote = missing
            if environment.getattr(l_2_d, 'resources'):
                pass
                yield '<p><strong>Resources and guidance</strong></p>\n<ul>'
                for (l_3_title, l_3_url) in environment.getattr(l_2_d, 'resources'):
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    if l_3_url:
                        pass
                        yield '<a href="'
                        yield escape(environment.finalize(l_3_url))
                        yield '">'
                        yield escape(environment.finalize(l_3_title))
                        yield '</a>'
                    else:
                        pass
                        yield escape(environment.finalize(l_3_title))
                    yield '</li>'
                l_3_title = l_3_url = missing
                yield '</ul>\n'
            if environment.getattr(l_2_d, 'relies_upon'):
                pass
                yield '<p><strong>Relies upon:</strong> '
                l_3_loop = missing
                for (l_3_title, l_3_anchor, l_3_view), l_3_loop in LoopContext(environment.getattr(l_2_d, 'relies_upon'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<a href="#'
                    yield escape(environment.finalize(l_3_anchor))
                    yield '">'
                    yield escape(environment.finalize(l_3_title))
                    yield '</a> ('
                    yield escape(environment.finalize(environment.getattr(l_3_view, 'text')))
                    yield ')'
                    yield escape(environment.finalize(('; ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 219 in 'report.html' evaluated to false and no else section was defined."))))
                l_3_loop = l_3_title = l_3_anchor = l_3_view = missing
                yield '</p>\n'
            yield '</section>\n'
        l_2_loop = l_2_d = l_2_rating = missing
    l_1_loop = l_1_column = l_1_items = missing
    yield '<h2 id="about">About this report</h2>\n<dl class="meta">\n  <dt>Organisation</dt><dd>'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'))))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'code')))
    yield ')</dd>\n  <dt>Period</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</dd>\n  <dt>Assessed on</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'assessed_on')))
    yield '</dd>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'prepared_by'):
        pass
        yield '  <dt>Prepared by</dt><dd>'
        yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'prepared_by'))))
        yield '</dd>\n'
    yield '  <dt>Dedicated focus areas</dt><dd>'
    yield escape(environment.finalize((t_3(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_areas'), ', ') if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus_areas') else 'None chosen')))
    yield '</dd>\n  <dt>Roadmap</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_title')))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_id')))
    yield '), version '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmap_version')))
    yield '</dd>\n  <dt>Generated</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'generated')))
    yield ' by cmhroadmap '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'tool_version')))
    yield '</dd>\n</dl>\n<footer>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence')))
    yield '</p>\n</footer>\n'

blocks = {'title': block_title, 'print_margins': block_print_margins, 'banner': block_banner, 'content': block_content}
debug_info = '1=13&2=16&3=24&4=44&5=60&8=63&9=74&10=108&11=112&17=120&18=122&22=126&33=130&34=132&35=135&37=137&39=142&40=153&41=159&42=161&45=164&46=167&48=178&50=181&52=200&54=203&56=213&58=216&60=228&62=231&68=254&71=257&77=260&78=265&86=292&87=300&90=306&92=315&93=319&98=340&100=343&101=358&102=363&107=366&108=371&122=388&125=405&127=409&128=413&130=416&133=422&134=434&135=437&146=454&147=458&148=460&152=466&153=471&161=486&162=489&166=491&167=496&176=518&177=520&178=524&179=528&186=547&187=551&188=554&189=559&190=561&191=567&194=570&195=577&196=592&197=603&198=608&199=613&200=618&201=623&202=632&204=635&206=655&208=658&210=677&212=680&214=687&216=690&218=707&219=711&226=728&227=732&228=734&229=736&230=739&232=742&233=744&234=750&237=754'