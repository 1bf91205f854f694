# Jinja's compilation of templates/diff.md, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_v = resolve('v')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['clean']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'clean' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield '# What changed from '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'old_id'))))
    yield ' to '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'new_id'))))
    yield '\n\n| | |\n|---|---|\n| From | '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'old_title'))))
    yield ' ('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'old_id'))))
    yield ') |\n| To | '
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'new_title'))))
    yield ' ('
    yield str(environment.finalize(t_4(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'new_id'))))
    yield ') |\n'
    t_5 = 1
    for (l_1_heading, l_1_meaning, l_1_items) in environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'sections'):
        _loop_vars = {}
        pass
        yield '\n## '
        yield str(environment.finalize(l_1_heading))
        yield ' ('
        yield str(environment.finalize(t_3(l_1_items)))
        yield ')\n\n'
        yield str(environment.finalize(t_1(l_1_meaning)))
        yield '.\n\n'
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            yield '- `'
            yield str(environment.finalize(t_2(environment.getattr(l_2_item, 'names'))))
            yield '`: '
            yield str(environment.finalize(t_4(environment.getattr(l_2_item, 'title'))))
            if environment.getattr(l_2_item, 'detail'):
                pass
                yield ' ('
                yield str(environment.finalize(t_4(environment.getattr(l_2_item, 'detail'))))
                yield ')'
            yield '\n'
        l_2_item = missing
        t_5 = 0
    l_1_heading = l_1_meaning = l_1_items = missing
    if t_5:
        pass
        yield '\nNo deliverable was added, retired, renamed, split, merged or changed.\n'
    yield '\n'
    yield str(environment.finalize(environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'unchanged')))
    yield ' deliverable'
    yield str(environment.finalize(('' if (environment.getattr((undefined(name='v') if l_0_v is missing else l_0_v), 'unchanged') == 1) else 's')))
    yield ' unchanged.\n'

blocks = {}
debug_info = '1=37&5=41&6=45&7=50&9=54&11=58&13=60&14=64&22=80'