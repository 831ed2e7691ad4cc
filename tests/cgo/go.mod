module corral.invalid/tests/cgo

go 1.21
