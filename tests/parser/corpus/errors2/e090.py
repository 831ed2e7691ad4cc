del x,,
