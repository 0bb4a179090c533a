module github.com/lmhkit/lmhkit

go 1.24
