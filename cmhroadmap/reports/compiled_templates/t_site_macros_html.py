# Jinja's compilation of templates/site/macros.html, written by tools/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/macros.html'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_rating = l_0_cell = l_0_key = missing
    pass
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
    def macro(l_1_c):
        t_2 = []
        if l_1_c is missing:
            l_1_c = undefined("parameter 'c' was not provided", name='c')
        pass
        t_2.extend((
            '<td class="',
            escape(environment.finalize(environment.getattr(l_1_c, 'css'))),
            escape(environment.finalize((' validated' if environment.getattr(l_1_c, 'validated') else cond_expr_undefined("the inline if-expression on line 2 in 'site/macros.html' evaluated to false and no else section was defined.")))),
            '"><span aria-hidden="true">',
            escape(environment.finalize(environment.getattr(l_1_c, 'text'))),
            escape(environment.finalize((' ✓' if environment.getattr(l_1_c, 'validated') else cond_expr_undefined("the inline if-expression on line 2 in 'site/macros.html' evaluated to false and no else section was defined.")))),
            '</span><span class="visually-hidden">',
            escape(environment.finalize(environment.getattr(l_1_c, 'spoken'))),
            '</span></td>',
        ))
        return concat(t_2)
    context.exported_vars.add('cell')
    context.vars['cell'] = l_0_cell = Macro(environment, macro, 'cell', ('c',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_levels):
        t_3 = []
        if l_1_levels is missing:
            l_1_levels = undefined("parameter 'levels' was not provided", name='levels')
        pass
        t_3.append(
            "<p>The tool's four-point scale: ",
        )
        l_2_loop = missing
        for l_2_level, l_2_loop in LoopContext(l_1_levels, undefined):
            _loop_vars = {}
            pass
            t_3.extend((
                escape(environment.finalize(context.call((undefined(name='rating') if l_0_rating is missing else l_0_rating), l_2_level, _loop_vars=_loop_vars))),
                escape(environment.finalize((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 3 in 'site/macros.html' evaluated to false and no else section was defined.")))),
            ))
        l_2_loop = l_2_level = missing
        t_3.append(
            ". A rating marked ✓ (bold, framed) is the independent validator's; any other is the system's own. “–” is not assessed; “n/a” is a focus area the system has not chosen.</p>",
        )
        return concat(t_3)
    context.exported_vars.add('key')
    context.vars['key'] = l_0_key = Macro(environment, macro, 'key', ('levels',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '1=12&2=27&3=46'