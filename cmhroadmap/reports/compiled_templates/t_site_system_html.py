# Jinja's compilation of templates/site/system.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/system.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_rating = missing
    pass
    parent_template = environment.get_template('site/layout.html', 'site/system.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('site/macros.html', 'site/system.html')._get_default_module(context)
    l_0_rating = getattr(included_template, 'rating', missing)
    if l_0_rating is missing:
        l_0_rating = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/system.html') does not export the requested name 'rating'", name='rating')
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
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'name'))))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'code')))
    yield '): CMH transformation self-assessments'

def block_page(context, missing=missing):
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
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(t_1(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'name'))))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'code')))
    yield ')</h1>\n<dl class="meta">\n  <dt>Latest period</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</dd>\n  <dt>Periods published</dt><dd>'
    yield escape(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'))))
    yield '</dd>\n</dl>\n\n'
    l_1_g = environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'glance')
    pass
    template = environment.get_template('_glance.html', 'site/system.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'g': l_1_g}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    l_1_g = missing
    yield '<h3>Deliverables in scope at each level, '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</h3>\n<p>'
    if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report'), 'validation'):
        pass
        yield 'Independently validated by '
        yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report'), 'validation'), 'validator'))))
        yield ' on '
        yield escape(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report'), 'validation'), 'validated_on')))
        yield ': '
        yield escape(environment.finalize(environment.getattr(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report'), 'validation'), 'basis')))
    else:
        pass
        yield "These are the system's own ratings: no independent validation is published for "
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
        yield '.'
    yield '</p>\n<table>\n  <caption class="muted">Deliverables in scope at each level, by roadmap column</caption>\n  <thead><tr><th scope="col">Column</th>'
    for l_1_level in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report'), 'levels'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield '</th>'
    l_1_level = missing
    yield '<th scope="col" class="number">Not assessed</th></tr></thead>\n  <tbody>\n'
    for l_1_row in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report'), 'counts'):
        _loop_vars = {}
        pass
        yield '    <tr'
        if environment.getattr(l_1_row, 'total'):
            pass
            yield ' class="total"'
        yield '><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'title')))
        yield '</th>'
        for l_2_n in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield '<td class="number">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_n = missing
        yield '<td class="number">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'not_assessed')))
        yield '</td></tr>\n'
    l_1_row = missing
    yield '  </tbody>\n</table>\n<p><a href="'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'report_href')))
    yield '">The full report for '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</a>: the roadmap grid, dependency warnings, improvement plan and every deliverable in detail.</p>\n\n<h2 id="trajectory">Trajectory</h2>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory'):
        pass
        yield '<table>\n  <caption class="muted">Deliverables at each level, by period (validated ratings where given)</caption>\n  <thead><tr><th scope="col">Level</th>'
        for l_1_period in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory'), 'periods'):
            _loop_vars = {}
            pass
            yield '<th scope="col" class="number">'
            yield escape(environment.finalize(l_1_period))
            yield '</th>'
        l_1_period = missing
        yield '</tr></thead>\n  <tbody>\n'
        for (l_1_label, l_1_values) in environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory'), 'counts'):
            _loop_vars = {}
            pass
            yield '    <tr><th scope="row">'
            yield escape(environment.finalize(l_1_label))
            yield '</th>'
            for l_2_n in l_1_values:
                _loop_vars = {}
                pass
                yield '<td class="number">'
                yield escape(environment.finalize(l_2_n))
                yield '</td>'
            l_2_n = missing
            yield '</tr>\n'
        l_1_label = l_1_values = missing
        yield '  </tbody>\n</table>\n'
        if environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory'), 'sections'):
            pass
            yield '<p>Since '
            yield escape(environment.finalize(environment.getitem(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory'), 'periods'), 0)))
            yield ': '
            l_1_loop = missing
            for (l_1_heading, l_1_rows), l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory'), 'sections'), undefined):
                _loop_vars = {}
                pass
                yield escape(environment.finalize(t_3(l_1_heading)))
                yield ' '
                yield escape(environment.finalize(t_2(l_1_rows)))
                yield escape(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 37 in 'site/system.html' evaluated to false and no else section was defined."))))
            l_1_loop = l_1_heading = l_1_rows = missing
            yield '.</p>\n'
        else:
            pass
            yield '<p>No rating changed between the periods.</p>\n'
        yield '<p><a href="'
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'trajectory_href')))
        yield '">The trajectory in full</a>: a chart, and every deliverable period by period.</p>\n'
    else:
        pass
        yield '<p>Only '
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
        yield ' is published for this system, so there is no trajectory yet.</p>\n'
    yield '\n<h2 id="reports">Reports</h2>\n<table>\n  <caption class="muted">One report per period, newest first</caption>\n  <thead><tr><th scope="col">Period</th><th scope="col">Assessed on</th><th scope="col">Independent validation</th></tr></thead>\n  <tbody>\n'
    for l_1_p in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row"><a href="'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'href')))
        yield '">Report for '
        yield escape(environment.finalize(environment.getattr(l_1_p, 'period')))
        yield '</a></th><td>'
        yield escape(environment.finalize(environment.getattr(l_1_p, 'assessed_on')))
        yield '</td><td>'
        yield escape(environment.finalize((t_1(environment.getattr(l_1_p, 'validator')) if environment.getattr(l_1_p, 'validator') else 'None')))
        yield '</td></tr>\n'
    l_1_p = missing
    yield '  </tbody>\n</table>\n'

blocks = {'title': block_title, 'page': block_page}
debug_info = '1=13&2=16&3=24&4=44&5=72&7=76&8=78&11=82&12=90&13=92&16=106&18=114&19=118&23=136&26=140&29=143&31=151&32=155&36=167&37=170&41=186&43=191&51=194&52=198'