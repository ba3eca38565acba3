print("initialising package", __name__)
from . import sub
from .sub import twice
VERSION = "1.0"
