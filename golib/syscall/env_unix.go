package syscall

import "sync"

// The environment: envs is the process's, a copy the runtime made (Go
// 1.19's runtime_envs), "key=value" strings; env maps a key to the index
// of its first mention. A later mention of a key is cleared from envs, so
// that Environ shows one value per key, as Go's copyenv does.
var (
	envLock sync.RWMutex
	envs    []string
	env     map[string]int
)

// runtimeEnvs stores a copy of the environment in *out (the runtime's).
func runtimeEnvs(out *[]string)

func init() {
	runtimeEnvs(&envs)
	env = make(map[string]int)
	for i, s := range envs {
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				if _, ok := env[s[:j]]; ok {
					envs[i] = ""
				} else {
					env[s[:j]] = i
				}
				break
			}
		}
	}
}

// Getenv returns the value of key and whether it is set.
func Getenv(key string) (value string, found bool) {
	if len(key) == 0 {
		return "", false
	}
	envLock.RLock()
	defer envLock.RUnlock()
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for j := 0; j < len(s); j++ {
		if s[j] == '=' {
			return s[j+1:], true
		}
	}
	return "", false
}

// Setenv sets key to value (for this process's Getenv and Environ).
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	envLock.Lock()
	defer envLock.Unlock()
	kv := key + "=" + value
	if i, ok := env[key]; ok {
		envs[i] = kv
	} else {
		env[key] = len(envs)
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv removes key from the environment.
func Unsetenv(key string) error {
	envLock.Lock()
	defer envLock.Unlock()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

// Clearenv removes every variable.
func Clearenv() {
	envLock.Lock()
	defer envLock.Unlock()
	env = make(map[string]int)
	envs = []string{}
}

// Environ returns a copy of the environment, "key=value" strings.
func Environ() []string {
	envLock.RLock()
	defer envLock.RUnlock()
	a := make([]string, 0, len(envs))
	for _, s := range envs {
		if s != "" {
			a = append(a, s)
		}
	}
	return a
}
