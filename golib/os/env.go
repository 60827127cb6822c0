package os

import "syscall"

// Getenv returns the value of the environment variable key, "" if it is
// not set.
func Getenv(key string) string {
	v, _ := syscall.Getenv(key)
	return v
}

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) {
	return syscall.Getenv(key)
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if err := syscall.Setenv(key, value); err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	return syscall.Unsetenv(key)
}

// Clearenv removes every environment variable.
func Clearenv() {
	syscall.Clearenv()
}

// Environ returns a copy of the environment, "key=value" strings.
func Environ() []string {
	return syscall.Environ()
}
