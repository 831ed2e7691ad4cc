/* corral_python.i -- Python typemaps of the raw layer (included by corral.i).
 *
 * A call returns its int status, followed by its out-parameters when it has
 * any: `status, program, error = corral_program_compile(...)`.
 * Nothing raises on a Corral status: the shim decides what is an exception.
 * Python exceptions are raised only for Python-side misuse (wrong argument
 * types, an int that does not fit the C parameter, a str that is not
 * encodable as UTF-8).
 */

%{
#include <string.h>
%}

/* ------------------------------------------------------------ input strings */

/* (const char *TEXT_IN, size_t TEXT_IN_LEN): str (encoded as UTF-8), bytes, or None (NULL, 0). */
%typemap(in) (const char *TEXT_IN, size_t TEXT_IN_LEN) (Py_ssize_t in_len = 0, char *in_bytes = NULL, PyObject *in_encoded = NULL) {
  if ($input == Py_None) {
    $1 = NULL;
    $2 = 0;
  } else if (PyUnicode_Check($input)) {
    $1 = ($1_ltype)PyUnicode_AsUTF8AndSize($input, &in_len);
    if (!$1) {
      /* Lone surrogates: pass them encoded as 3-byte sequences (the form
       * Corral's own str getters return) and let Corral judge them. */
      if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
        SWIG_fail;
      PyErr_Clear();
      in_encoded = PyUnicode_AsEncodedString($input, "utf-8", "surrogatepass");
      if (!in_encoded || PyBytes_AsStringAndSize(in_encoded, &in_bytes, &in_len) < 0)
        SWIG_fail;
      $1 = ($1_ltype)in_bytes;
    }
    $2 = (size_t)in_len;
  } else if (PyBytes_Check($input)) {
    if (PyBytes_AsStringAndSize($input, &in_bytes, &in_len) < 0)
      SWIG_fail;
    $1 = ($1_ltype)in_bytes;
    $2 = (size_t)in_len;
  } else {
    PyErr_Format(PyExc_TypeError, "$symname(): expected str, bytes or None, got %s",
                 Py_TYPE($input)->tp_name);
    SWIG_fail;
  }
}
%typemap(freearg) (const char *TEXT_IN, size_t TEXT_IN_LEN) {
  Py_XDECREF(in_encoded$argnum);
}
%typemap(typecheck, precedence=SWIG_TYPECHECK_STRING) (const char *TEXT_IN, size_t TEXT_IN_LEN) {
  $1 = ($input == Py_None || PyUnicode_Check($input) || PyBytes_Check($input)) ? 1 : 0;
}

/* (const uint8_t *BYTES_IN, size_t BYTES_IN_LEN): any object with the buffer protocol (bytes,
 * bytearray, memoryview...), or None (NULL, 0). */
%typemap(in) (const uint8_t *BYTES_IN, size_t BYTES_IN_LEN) (Py_buffer view, int have_view = 0) {
  if ($input == Py_None) {
    $1 = NULL;
    $2 = 0;
  } else {
    if (PyObject_GetBuffer($input, &view, PyBUF_SIMPLE) < 0)
      SWIG_fail;
    have_view = 1;
    $1 = ($1_ltype)view.buf;
    $2 = (size_t)view.len;
  }
}
%typemap(freearg) (const uint8_t *BYTES_IN, size_t BYTES_IN_LEN) {
  if (have_view$argnum)
    PyBuffer_Release(&view$argnum);
}

/* ----------------------------------------------------------- output strings */

/* (const char **TEXT_OUT, size_t *TEXT_OUT_LEN): a str (None if Corral did not write it).
 * "surrogatepass" because a Python str may hold lone surrogates. */
%typemap(in, numinputs=0) (const char **TEXT_OUT, size_t *TEXT_OUT_LEN) (const char *out_text = NULL, size_t out_len = 0) {
  $1 = ($1_ltype)&out_text;
  $2 = &out_len;
}
%typemap(argout) (const char **TEXT_OUT, size_t *TEXT_OUT_LEN) {
  PyObject *text_obj;
  if (*$1) {
    text_obj = PyUnicode_DecodeUTF8(*$1, (Py_ssize_t)*$2, "surrogatepass");
    if (!text_obj)
      SWIG_fail;
  } else {
    text_obj = Py_None;
    Py_INCREF(text_obj);
  }
  %append_output(text_obj);
}

/* (const uint8_t **BYTES_OUT, size_t *BYTES_OUT_LEN): bytes owned by the run, copied. */
%typemap(in, numinputs=0) (const uint8_t **BYTES_OUT, size_t *BYTES_OUT_LEN) (const uint8_t *out_data = NULL, size_t out_len = 0) {
  $1 = ($1_ltype)&out_data;
  $2 = &out_len;
}
%typemap(argout) (const uint8_t **BYTES_OUT, size_t *BYTES_OUT_LEN) {
  PyObject *bytes_obj;
  if (*$1) {
    bytes_obj = PyBytes_FromStringAndSize((const char *)*$1, (Py_ssize_t)*$2);
    if (!bytes_obj)
      SWIG_fail;
  } else {
    bytes_obj = Py_None;
    Py_INCREF(bytes_obj);
  }
  %append_output(bytes_obj);
}

/* (uint8_t **OWNED_BYTES_OUT, size_t *OWNED_BYTES_OUT_LEN): bytes allocated by Corral (corral_run_dump),
 * copied into a Python bytes object and released with corral_bytes_free
 * (on every path, so an error in a later output leaks nothing). */
%typemap(in, numinputs=0) (uint8_t **OWNED_BYTES_OUT, size_t *OWNED_BYTES_OUT_LEN) (uint8_t *owned_data = NULL, size_t owned_len = 0) {
  $1 = &owned_data;
  $2 = &owned_len;
}
%typemap(argout) (uint8_t **OWNED_BYTES_OUT, size_t *OWNED_BYTES_OUT_LEN) {
  PyObject *owned_obj;
  if (*$1) {
    owned_obj = PyBytes_FromStringAndSize((const char *)*$1, (Py_ssize_t)*$2);
    if (!owned_obj)
      SWIG_fail;
  } else {
    owned_obj = Py_None;
    Py_INCREF(owned_obj);
  }
  %append_output(owned_obj);
}
%typemap(freearg) (uint8_t **OWNED_BYTES_OUT, size_t *OWNED_BYTES_OUT_LEN) {
  if ($1 && *$1) {
    corral_bytes_free(*$1);
    *$1 = NULL;
  }
}

/* ----------------------------------------------------- scalar out-parameters */

%define CORRAL_SCALAR_OUT(CTYPE, TO_PYTHON)
%typemap(in, numinputs=0) CTYPE * (CTYPE out_scalar = 0) {
  $1 = &out_scalar;
}
%typemap(argout) CTYPE * {
  PyObject *scalar_obj = TO_PYTHON(*$1);
  if (!scalar_obj)
    SWIG_fail;
  %append_output(scalar_obj);
}
%enddef

/* Every pointer to these types in corral.h is an out-parameter. */
CORRAL_SCALAR_OUT(uint64_t, PyLong_FromUnsignedLongLong)
CORRAL_SCALAR_OUT(int64_t, PyLong_FromLongLong)
CORRAL_SCALAR_OUT(int, PyLong_FromLong)
CORRAL_SCALAR_OUT(double, PyFloat_FromDouble)
CORRAL_SCALAR_OUT(size_t, PyLong_FromSize_t)

/* ------------------------------------------------------- handle out-params */

/* corral_program ** / corral_run **: the new handle, or None. */
%define CORRAL_HANDLE_OUT(HANDLE)
%typemap(in, numinputs=0) HANDLE ** (HANDLE *out_handle = NULL) {
  $1 = &out_handle;
}
%typemap(argout) HANDLE ** {
  %append_output(SWIG_NewPointerObj(*$1, $*1_descriptor, 0));
}
%enddef

CORRAL_HANDLE_OUT(corral_program)
CORRAL_HANDLE_OUT(corral_run)
CORRAL_HANDLE_OUT(corral_error)

/* ------------------------------------------------------------ applications */

/* SWIG matches multi-argument typemaps by parameter name, so every
 * (pointer, length) pair of corral.h is listed here.  smoke.py checks that
 * no wrapper still exposes a length or an out-parameter, which catches a
 * pair added to corral.h and not to this list. */
%apply (const char *TEXT_IN, size_t TEXT_IN_LEN) {
  (const char *source, size_t source_len),
  (const char *script_name, size_t script_name_len),
  (const char *input_names, size_t input_names_len),
  (const char *external_names, size_t external_names_len),
  (const char *name, size_t name_len),
  (const char *type_name, size_t type_len),
  (const char *message, size_t message_len),
  (const char *text, size_t len),
  (const char *s, size_t len)
};
%apply (const uint8_t *BYTES_IN, size_t BYTES_IN_LEN) {
  (const uint8_t *data, size_t len),
  (const uint8_t *bytes, size_t len)
};
%apply (const char **TEXT_OUT, size_t *TEXT_OUT_LEN) {
  (const char **name_out, size_t *len_out),
  (const char **data_out, size_t *len_out),
  (const char **type_out, size_t *len_out),
  (const char **message_out, size_t *len_out),
  (const char **text_out, size_t *len_out),
  (const char **s_out, size_t *len_out)
};
%apply (const uint8_t **BYTES_OUT, size_t *BYTES_OUT_LEN) {
  (const uint8_t **data_out, size_t *len_out)
};
%apply (uint8_t **OWNED_BYTES_OUT, size_t *OWNED_BYTES_OUT_LEN) {
  (uint8_t **bytes_out, size_t *len_out)
};
