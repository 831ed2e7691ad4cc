import statistics as st
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']))
print(st.mode('aabbcc'), st.mode([(1, 2), (1, 2), 3]))
print(st.multimode('aabbbbccddddeeffffgg'))
print(st.multimode(''), st.multimode([1.5]), st.multimode(iter([3, 1, 3, 1])))
