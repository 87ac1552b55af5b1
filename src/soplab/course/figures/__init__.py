"""The course's pictures, drawn with matplotlib for hidden figure cells.

* :mod:`.assessment`: the three-column map, the chain from harm to plan, the parts
  of a statement and the 0-10 safety scale;
* :mod:`.planning`: the road from worry to goal, the circles of a safety network
  and the Three Houses;
* :mod:`.drawing`: the palette and :class:`Picture` they share.
"""

from .assessment import safety_scale, statement_chain, statement_parts, three_column_map
from .drawing import Picture
from .planning import goal_and_plan_road, network_circles, three_houses

__all__ = ["Picture", "goal_and_plan_road", "network_circles", "safety_scale",
           "statement_chain", "statement_parts", "three_column_map", "three_houses"]
