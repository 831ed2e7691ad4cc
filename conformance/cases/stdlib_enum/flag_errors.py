from enum import Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError", e)
try:
    Perm("r")
except ValueError as e:
    print("ValueError", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError", e)
