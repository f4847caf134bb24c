"""`{% responsive_picture %}`: Wagtail's `{% picture %}`, with each width listed once per format.

Wagtail does not enlarge an image, so for an image narrower than the largest size asked for, two
renditions come out just as wide (`fill-1200x450` and `fill-1600x600` of a 1200-pixel image), and
`{% picture %}` lists both: a `srcset` with the same width twice, which the HTML standard forbids
and the Nu Html Checker reports. This tag takes the same arguments and leaves out every rendition
whose format and width an earlier one already has.
"""

from django import template
from django.template.base import Token

from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags.wagtailimages_tags import PictureNode
from wagtail.images.templatetags.wagtailimages_tags import image as parse_image_tag

register = template.Library()


def distinct_widths(renditions):
    """{filter spec: rendition}, without a rendition that repeats an earlier one's format and
    width."""
    seen = set()
    result = {}
    for spec, rendition in renditions.items():
        fmt = next((part for part in spec.split("|") if part.startswith("format-")), "")
        if (fmt, rendition.width) not in seen:
            seen.add((fmt, rendition.width))
            result[spec] = rendition
    return result


class DistinctWidthPictureNode(PictureNode):
    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        renditions = distinct_widths(get_renditions_or_not_found(image, self.get_filters()))
        attrs = {key: value.resolve(context) for key, value in self.attrs.items()}
        return Picture(renditions, attrs).__html__()


@register.tag
def responsive_picture(parser, token):
    # Wagtail's parser, as for {% picture %}: it picks its node and spec syntax by the tag's name.
    _name, _space, rest = token.contents.partition(" ")
    as_picture = Token(token.token_type, f"picture {rest}", token.position, token.lineno)
    node = parse_image_tag(parser, as_picture)
    if node.output_var_name:
        raise template.TemplateSyntaxError("responsive_picture does not take 'as'.")
    return DistinctWidthPictureNode(node.image_expr, node.filter_specs, attrs=node.attrs)
