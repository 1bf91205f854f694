# Jinja's compilation of templates/compare.md, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'compare.md'

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
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    yield '# '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'title')))
    yield '\n\nRatings used: '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'basis')))
    yield '.\n\n| | |\n|---|---|\n| Organisation | '
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'organisation'))))
    yield ' ('
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'code'))))
    yield ') |\n| Periods | '
    yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'), ', ')))
    yield ' |\n| Roadmap | '
    yield str(environment.finalize(t_1(context.eval_ctx, t_4(environment, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmaps')), ', ')))
    yield ' |\n| Generated | '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'generated')))
    yield ' by cmhroadmap '
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'tool_version')))
    yield ' |\n'
    if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'mixed_roadmaps'):
        pass
        yield '\n'
        if environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'followed'):
            pass
            yield '**The periods use different roadmap versions** ('
            yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmaps'), ', ')))
            yield '): each deliverable of the latest is followed back through renames, splits and merges, as noted against it.\n'
        else:
            pass
            yield '**The periods use different roadmap versions** ('
            yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'roadmaps'), ', ')))
            yield '): only the '
            yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'compared')))
            yield ' deliverables whose ids exist in every version are compared.\n'
    yield "\n## Deliverables at each level\n\nLevels of the tool's four-point scale (cmhroadmap's own, not NHS England's).\n\n| Level |"
    for l_1_period in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(l_1_period))
        yield ' |'
    l_1_period = missing
    yield '\n|---|'
    for l_1_period in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_period = missing
    yield '\n'
    for (l_1_label, l_1_values) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'counts'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(l_1_label))
        yield ' |'
        for l_2_n in l_1_values:
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_n))
            yield ' |'
        l_2_n = missing
        yield '\n'
    l_1_label = l_1_values = missing
    yield '\n## What changed\n\n'
    t_5 = 1
    for (l_1_heading, l_1_rows) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'sections'):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.finalize(l_1_heading))
        yield ' ('
        yield str(environment.finalize(t_2(l_1_rows)))
        yield ')\n\n'
        for (l_2_row, l_2_path) in l_1_rows:
            _loop_vars = {}
            pass
            yield '- '
            yield str(environment.finalize(t_3(environment.getattr(l_2_row, 'title'))))
            yield ': '
            yield str(environment.finalize(l_2_path))
            if environment.getattr(l_2_row, 'regressions'):
                pass
                yield '; **fell** '
                yield str(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_2_row, 'regressions'), '; ')))
            if environment.getattr(l_2_row, 'target'):
                pass
                yield '; '
                yield str(environment.finalize(environment.getattr(l_2_row, 'target')))
            if environment.getattr(l_2_row, 'lineage'):
                pass
                yield ' ('
                yield str(environment.finalize(t_3(environment.getattr(l_2_row, 'lineage'))))
                yield ')'
            yield '\n'
        l_2_row = l_2_path = missing
        yield '\n'
        t_5 = 0
    l_1_heading = l_1_rows = missing
    if t_5:
        pass
        yield 'No rating changed between the periods.\n\n'
    yield '## Every deliverable\n\n| Deliverable |'
    for l_1_period in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield ' '
        yield str(environment.finalize(l_1_period))
        yield ' |'
    l_1_period = missing
    yield ' Change | Target |\n|---|'
    for l_1_period in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'periods'):
        _loop_vars = {}
        pass
        yield '---:|'
    l_1_period = missing
    yield '---|---|\n'
    for (l_1_row, l_1_status, l_1_cells) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'rows'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(t_3(environment.getattr(l_1_row, 'title'))))
        yield ' |'
        for l_2_cell in l_1_cells:
            _loop_vars = {}
            pass
            yield ' '
            yield str(environment.finalize(l_2_cell))
            yield ' |'
        l_2_cell = missing
        yield ' '
        yield str(environment.finalize(l_1_status))
        yield ' | '
        yield str(environment.finalize((environment.getattr(l_1_row, 'target') or '')))
        yield ' |\n'
    l_1_row = l_1_status = l_1_cells = missing
    yield '\n---\n\n'
    yield str(environment.finalize(t_3(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'licence'))))
    yield '\n'

blocks = {}
debug_info = '1=37&3=39&7=41&8=45&9=47&10=49&11=53&13=56&14=59&16=64&24=69&26=77&28=83&29=87&35=100&36=104&38=108&39=112&49=137&50=145&51=151&52=155&57=171'