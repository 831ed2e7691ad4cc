# Malformed hexadecimal strings.
import uuid

for text in ['123', '', '{12345678-1234-5678-1234-56781234567}', 'z' * 32,
             '12345678-1234-5678-1234-5678123456789']:
    try:
        uuid.UUID(text)
    except ValueError as e:
        print(type(e).__name__, e)
