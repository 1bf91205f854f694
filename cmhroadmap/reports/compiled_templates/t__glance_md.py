# Jinja's compilation of templates/_glance.md, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_glance.md'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_g = resolve('g')
    try:
        t_1 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield '## At a glance\n\nRatings used: '
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'basis')))
    yield '.\n\n**'
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'organisation'))))
    yield '** ('
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'code'))))
    yield '), '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'period'))))
    yield ', assessed on '
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'assessed_on')))
    yield '.\n\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'expectation'):
        pass
        yield '**'
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'expectation'))))
        yield '**\n\n'
    yield 'Where the '
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'in_scope')))
    yield ' deliverables in scope stand: '
    l_1_loop = missing
    for (l_1_view, l_1_count), l_1_loop in LoopContext(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'levels'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_view, 'text')))
        yield ': '
        yield str(environment.finalize(l_1_count))
        yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 12 in '_glance.md' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_view = l_1_count = missing
    yield '.\n\nDelivery: '
    l_1_loop = missing
    for (l_1_status, l_1_words, l_1_count), l_1_loop in LoopContext(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'delivery'), undefined):
        _loop_vars = {}
        pass
        yield str(environment.finalize(l_1_words))
        yield ': '
        yield str(environment.finalize(l_1_count))
        yield str(environment.finalize(('; ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 14 in '_glance.md' evaluated to false and no else section was defined."))))
    l_1_loop = l_1_status = l_1_words = l_1_count = missing
    yield '. '
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'delivery_sentence')))
    yield '\n\n'
    yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'priorities_title')))
    yield ':\n\n'
    t_2 = 1
    for l_1_p in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'priorities'):
        _loop_vars = {}
        pass
        yield str(environment.finalize(environment.getattr(l_1_p, 'rank')))
        yield '. ['
        yield str(environment.finalize(t_1(environment.getattr(l_1_p, 'title'))))
        yield ']('
        yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'link_base')))
        yield '#'
        yield str(environment.finalize(environment.getattr(l_1_p, 'anchor')))
        yield ') ('
        yield str(environment.finalize(environment.getattr(environment.getattr(l_1_p, 'rating'), 'text')))
        yield '): '
        yield str(environment.finalize(t_1(environment.getattr(l_1_p, 'sentence'))))
        yield '\n'
        t_2 = 0
    l_1_p = missing
    if t_2:
        pass
        yield str(environment.finalize(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'no_priorities')))
        yield '\n'
    yield '\nWhat else the board should know:\n\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'validation'):
        pass
        yield '- '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'validation'))))
        yield '\n'
    yield '- '
    yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'ahead'))))
    yield '\n'
    if environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'movement'):
        pass
        yield '- '
        yield str(environment.finalize(t_1(environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'movement'))))
        yield '\n'
    for l_1_sentence in environment.getattr((undefined(name='g') if l_0_g is missing else l_0_g), 'problems'):
        _loop_vars = {}
        pass
        yield '- '
        yield str(environment.finalize(t_1(l_1_sentence)))
        yield '\n'
    l_1_sentence = missing

blocks = {}
debug_info = '4=19&6=21&8=29&9=32&12=35&14=48&16=59&18=62&19=65&21=81&26=84&27=87&29=90&30=92&31=95&33=97&34=101'