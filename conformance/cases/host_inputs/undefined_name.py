# corral: inputs value=1
print(value)
print(missing_input)
