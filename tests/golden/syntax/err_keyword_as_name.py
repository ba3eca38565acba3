# A keyword used as an assignment target.
class = 3
