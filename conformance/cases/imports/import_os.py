print("trying os")
import os
