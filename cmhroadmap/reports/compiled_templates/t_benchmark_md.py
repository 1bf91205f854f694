# Jinja's compilation of templates/benchmark.md, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'benchmark.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_v = resolve('v')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
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
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_5 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '\n\nRatings used: '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'basis')))
    yield '.\n\n| | |\n|---|---|\n| Period | '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'period')))
    yield ' |\n| Systems | '
    yield str(environment.finalize(t_2(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems'))))
    yield ' |\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus'):
        pass
        yield '| Like for like | Only systems working on the focus area '
        yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'focus')))
        yield ' |\n'
    yield '| Generated | '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'generated')))
    yield ' by cmhroadmap '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'tool_version')))
    yield ' |\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'excluded'):
        pass
        yield '\nLeft out: '
        yield str(environment.finalize(t_4(t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'excluded'), '; '))))
        yield '.\n'
    yield "\n## Systems at each level\n\nLevels of the tool's four-point scale (cmhroadmap's own, not NHS England's); a mean rating is the average of these levels.\n\n| System |"
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield ' |'
    l_1_level = missing
    yield ' '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing')))
    yield ' | Focus areas |\n|---|'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_level = missing
    yield '---:|---|\n'
    for (l_1_name, l_1_code, l_1_counts, l_1_missing, l_1_focus) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'systems'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_4(l_1_name)))
        yield ' ('
        yield str(environment.finalize(l_1_code))
        yield ') |'
        for l_2_n in l_1_counts:
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_n))
            yield ' |'
        l_2_n = missing
        yield ' '
        yield str(environment.finalize(l_1_missing))
        yield ' | '
        yield str(environment.finalize(l_1_focus))
        yield ' |\n'
    l_1_name = l_1_code = l_1_counts = l_1_missing = l_1_focus = missing
    yield "\n## Delivery against each system's own targets\n\n"
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'delivery_note')))
    yield '\n\n| System |'
    for (l_1_status, l_1_words) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'statuses'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(l_1_words))
        yield ' |'
    l_1_status = l_1_words = missing
    yield '\n|---|'
    for l_1_status in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'statuses'):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_status = missing
    yield '\n'
    for (l_1_name, l_1_code, l_1_counts) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'delivery'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_4(l_1_name)))
        yield ' ('
        yield str(environment.finalize(l_1_code))
        yield ') |'
        for l_2_n in l_1_counts:
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_n))
            yield ' |'
        l_2_n = missing
        yield '\n'
    l_1_name = l_1_code = l_1_counts = missing
    yield '\n## Deliverables most often behind\n\nAmong the systems that rated each deliverable'
    yield str(environment.finalize((' (a deliverable no validator rated is neither behind nor ahead)' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing') == 'Not validated') else cond_expr_undefined("the inline if-expression on line 43 in 'benchmark.md' evaluated to false and no else section was defined."))))
    yield '.\n\n| Deliverable | Systems not yet fully in place | Mean rating |\n|---|---:|---:|\n'
    for l_1_d in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'behind'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_4(environment.getattr(l_1_d, 'title'))))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'behind')))
        yield ' of '
        yield str(environment.finalize(environment.getattr(l_1_d, 'rated')))
        yield ' rated | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'mean_text')))
        yield ' |\n'
    l_1_d = missing
    yield '\n## Every deliverable, system by system\n\nRatings 1-4; "–" '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing'))))
    yield '; "n/a" not one of the system\'s focus areas.\n\n| Deliverable |'
    for l_1_code in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'codes'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(l_1_code))
        yield ' |'
    l_1_code = missing
    yield '\n|---|'
    for l_1_code in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'codes'):
        _loop_vars = {}
        pass
        yield ':-:|'
    l_1_code = missing
    yield '\n'
    for l_1_row in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'heatmap'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_4(environment.getattr(l_1_row, 'title'))))
        yield ' |'
        for l_2_cell in environment.getattr(l_1_row, 'cells'):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(('n/a' if t_5(l_2_cell) else (environment.getattr(l_2_cell, 'level') if (not t_5(environment.getattr(l_2_cell, 'level'))) else '–'))))
            yield ' |'
        l_2_cell = missing
        yield '\n'
    l_1_row = missing
    yield '\n## Distribution of ratings per deliverable\n\n| Deliverable |'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_level, 'text')))
        yield ' |'
    l_1_level = missing
    yield ' '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'missing')))
    yield ' | Not a focus area |\n|---|'
    for l_1_level in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'levels'):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_level = missing
    yield '---:|---:|\n'
    for l_1_d in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'spreads'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_4(environment.getattr(l_1_d, 'title'))))
        yield ' |'
        for l_2_n in context.call(environment.getattr(environment.getattr(l_1_d, 'counts'), 'values'), _loop_vars=_loop_vars):
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_n))
            yield ' |'
        l_2_n = missing
        yield ' '
        yield str(environment.finalize(environment.getattr(l_1_d, 'not_assessed')))
        yield ' | '
        yield str(environment.finalize(environment.getattr(l_1_d, 'out_of_scope')))
        yield ' |\n'
    l_1_d = missing
    yield '\n---\n\n'
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence'))))
    yield '\n'

blocks = {}
debug_info = '1=43&3=45&7=47&8=49&9=51&10=54&12=57&13=61&15=64&22=67&23=77&24=83&25=87&30=105&32=107&34=115&36=121&37=125&43=139&47=141&48=145&53=155&55=157&57=165&59=171&60=175&66=187&67=197&68=203&69=207&74=223'