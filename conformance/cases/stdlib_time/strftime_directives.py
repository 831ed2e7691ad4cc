import time
t = time.gmtime(1700000000)
print(time.strftime("%c|%x|%X", t))
print(time.strftime("%a %A %b %B %h %j %p %y %I %Z %z %%", t))
print(time.strftime("%e %D %T %F %R %C %U %W %w %u %V %G %g", t))
print(time.strftime("%Y %m %d %H %M %S", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.strftime("%Y plain text %q", (999, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%A %B %d", time.struct_time((2024, 12, 25, 0, 0, 0, 2, 360, 0))))
