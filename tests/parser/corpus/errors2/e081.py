pass pass
