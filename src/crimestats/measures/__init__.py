"""What can be counted, when and where: the measure catalogue, periods and places.

May import ``store``, ``sources`` (format names), ``reference`` and ``_errors``.
"""
