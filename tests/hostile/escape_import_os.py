# hostile: expect error=ModuleNotFoundError
import os
os.system("echo escaped")
