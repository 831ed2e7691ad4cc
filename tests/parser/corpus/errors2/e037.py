x = ur"x"
