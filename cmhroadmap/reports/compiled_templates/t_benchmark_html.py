# Jinja's compilation of templates/benchmark.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'benchmark.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_rating = missing
    pass
    parent_template = environment.get_template('base.html', 'benchmark.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    def macro(l_1_view):
        t_1 = []
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        pass
        t_1.extend((
            '<span class="rating ',
            escape(environment.finalize(environment.getattr(l_1_view, 'css'))),
            '">',
            escape(environment.finalize(environment.getattr(l_1_view, 'text'))),
            '</span>',
        ))
        return concat(t_1)
    context.exported_vars.add('rating')
    context.vars['rating'] = l_0_rating = Macro(environment, macro, 'rating', ('view',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    pass
    yield 'Benchmark '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield ': CMH transformation'

def block_banner(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Community Mental Health Transformation Roadmap: benchmark'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_v = resolve('v')
    try:
        t_2 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '</h1>\n<p class="basis">Ratings used: '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'basis')))
    yield '.</p>\n<dl class="meta">\n  <dt>Period</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield '</dd>\n  <dt>Systems</dt><dd>'
    yield escape(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems'))))
    yield '</dd>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus'):
        pass
        yield '  <dt>Like for like</dt><dd>Only systems working on the focus area '
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus')))
        yield '</dd>\n'
    yield '  <dt>Generated</dt><dd>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'generated')))
    yield ' by cmhroadmap '
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'tool_version')))
    yield '</dd>\n</dl>\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'excluded'):
        pass
        yield '<p>Left out: '
        yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'excluded'), '; ')))
        yield '.</p>\n'
    yield '\n<h2 id="systems">Systems at each level</h2>\n<p>Levels of the tool\'s four-point scale (cmhroadmap\'s own, not NHS England\'s); a mean rating is the average of these levels.</p>\n<table class="stack">\n  <thead><tr><th scope="col">System</th>'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield '</th>'
    l_1_level = missing
    yield '<th scope="col" class="number">'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing')))
    yield '</th><th scope="col">Focus areas</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for (l_1_name, l_1_code, l_1_counts, l_1_missing, l_1_focus), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(t_2(l_1_name)))
        yield ' ('
        yield escape(environment.finalize(l_1_code))
        yield ')</th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(l_1_counts, undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), environment.getattr(l_2_loop, 'index0')), 'text')))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '<td class="number" data-label="'
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing')))
        yield '">'
        yield escape(environment.finalize(l_1_missing))
        yield '</td><td data-label="Focus areas">'
        yield escape(environment.finalize(l_1_focus))
        yield '</td></tr>\n'
    l_1_loop = l_1_name = l_1_code = l_1_counts = l_1_missing = l_1_focus = missing
    yield '  </tbody>\n</table>\n\n<h2 id="delivery">Delivery against each system\'s own targets</h2>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'delivery_note')))
    yield '</p>\n<table class="stack">\n  <thead><tr><th scope="col">System</th>'
    for (l_1_status, l_1_words) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'statuses'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number"><span class="status status-'
        yield escape(environment.finalize(l_1_status))
        yield '">'
        yield escape(environment.finalize(l_1_words))
        yield '</span></th>'
    l_1_status = l_1_words = missing
    yield '</tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for (l_1_name, l_1_code, l_1_counts), l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'delivery'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(t_2(l_1_name)))
        yield ' ('
        yield escape(environment.finalize(l_1_code))
        yield ')</th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(l_1_counts, undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getitem(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'statuses'), environment.getattr(l_2_loop, 'index0')), 1)))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '</tr>\n'
    l_1_loop = l_1_name = l_1_code = l_1_counts = missing
    yield '  </tbody>\n</table>\n\n<h2 id="behind">Deliverables most often behind</h2>\n<p>Among the systems that rated each deliverable'
    yield escape(environment.finalize((' (a deliverable no validator rated is neither behind nor ahead)' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing') == 'Not validated') else cond_expr_undefined("the inline if-expression on line 43 in 'benchmark.html' evaluated to false and no else section was defined."))))
    yield '.</p>\n<table class="stack">\n  <thead><tr><th scope="col">Deliverable</th><th scope="col" class="number">Systems not yet fully in place</th><th scope="col" class="number">Mean rating</th></tr></thead>\n  <tbody>\n'
    for l_1_d in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'behind'):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'title')))
        yield '</th><td class="number" data-label="Systems not yet fully in place">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'behind')))
        yield ' of '
        yield escape(environment.finalize(environment.getattr(l_1_d, 'rated')))
        yield ' rated</td><td class="number" data-label="Mean rating">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'mean_text')))
        yield '</td></tr>\n'
    l_1_d = missing
    yield '  </tbody>\n</table>\n\n<h2 id="heatmap">Every deliverable, system by system</h2>\n<table class="grid heatmap stack">\n  <thead><tr><th scope="col">Deliverable</th>'
    for l_1_code in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'codes'):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(environment.finalize(l_1_code))
        yield '</th>'
    l_1_code = missing
    yield '</tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'heatmap'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_row, 'title')))
        yield '</th>'
        l_2_loop = missing
        for l_2_cell, l_2_loop in LoopContext(environment.getattr(l_1_row, 'cells'), undefined):
            _loop_vars = {}
            pass
            if t_5(l_2_cell):
                pass
                yield '<td class="not-chosen" data-label="'
                yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'codes'), environment.getattr(l_2_loop, 'index0'))))
                yield '"><span>n/a</span></td>'
            else:
                pass
                yield '<td class="cell '
                yield escape(environment.finalize(environment.getattr(l_2_cell, 'css')))
                yield '" data-label="'
                yield escape(environment.finalize(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'codes'), environment.getattr(l_2_loop, 'index0'))))
                yield '">'
                yield escape(environment.finalize(environment.getattr(l_2_cell, 'text')))
                yield '</td>'
        l_2_loop = l_2_cell = missing
        yield '</tr>\n'
    l_1_loop = l_1_row = missing
    yield '  </tbody>\n</table>\n\n<h2 id="spread">Distribution of ratings per deliverable</h2>\n<table class="stack">\n  <thead><tr><th scope="col">Deliverable</th>'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '<th scope="col" class="number">'
        yield escape(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield '</th>'
    l_1_level = missing
    yield '<th scope="col" class="number">'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing')))
    yield '</th><th scope="col" class="number">Not a focus area</th></tr></thead>\n  <tbody>\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'spreads'), undefined):
        _loop_vars = {}
        pass
        yield '    <tr><th scope="row">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'title')))
        yield '</th>'
        l_2_loop = missing
        for l_2_n, l_2_loop in LoopContext(context.call(environment.getattr(environment.getattr(l_1_d, 'counts'), 'values'), _loop_vars=_loop_vars), undefined):
            _loop_vars = {}
            pass
            yield '<td class="number" data-label="'
            yield escape(environment.finalize(environment.getattr(environment.getitem(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'), environment.getattr(l_2_loop, 'index0')), 'text')))
            yield '">'
            yield escape(environment.finalize(l_2_n))
            yield '</td>'
        l_2_loop = l_2_n = missing
        yield '<td class="number" data-label="'
        yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing')))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'not_assessed')))
        yield '</td><td class="number" data-label="Not a focus area">'
        yield escape(environment.finalize(environment.getattr(l_1_d, 'out_of_scope')))
        yield '</td></tr>\n'
    l_1_loop = l_1_d = missing
    yield '  </tbody>\n</table>\n<footer>\n<p>'
    yield escape(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence')))
    yield '</p>\n</footer>\n'

blocks = {'title': block_title, 'banner': block_banner, 'content': block_content}
debug_info = '1=13&2=16&3=33&4=46&5=56&6=90&7=92&9=94&10=96&11=98&12=101&14=104&16=108&17=111&23=114&25=125&26=129&32=152&34=154&36=165&37=169&43=186&47=188&48=192&55=202&57=211&58=215&65=239&67=250&68=254&73=275'