/*
 * bcryptprimitives.dll for Wine 8, which does not ship it.
 *
 * Rust's standard library on Windows takes its random bytes (hash map seeds)
 * from ProcessPrng in bcryptprimitives.dll, present on Windows 10 and later.
 * Wine 8 has no such DLL, so every Rust program fails to load under it. This
 * stand-in exports ProcessPrng and fills the buffer from BCryptGenRandom
 * (bcrypt.dll, which Wine provides) with the system's preferred generator.
 * It is installed only into the test Wine prefix (mk/windows.mk); it is never
 * shipped.
 */
#include <windows.h>
#include <bcrypt.h>

/* Same contract as Windows: always TRUE. The buffer is filled in chunks,
 * since BCryptGenRandom takes a ULONG length and ProcessPrng a SIZE_T. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
  while (size > 0) {
    ULONG chunk = size > 0x40000000u ? 0x40000000u : (ULONG)size;
    if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG))) {
      /* Windows' ProcessPrng never fails; a generator that cannot deliver
       * must not hand out predictable bytes either. */
      RaiseFailFastException(NULL, NULL, 0);
    }
    data += chunk;
    size -= chunk;
  }
  return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved) {
  (void)instance;
  (void)reason;
  (void)reserved;
  return TRUE;
}
