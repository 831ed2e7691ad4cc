import gc
