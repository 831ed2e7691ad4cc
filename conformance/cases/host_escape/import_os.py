print("start")
import os
