from Crypto.Cipher import AES
import Crypto.Cipher.AES
print(AES.block_size, AES.key_size, AES.MODE_ECB, AES.MODE_CBC, AES.MODE_GCM)
print(Crypto.Cipher.AES.MODE_CBC)
c = AES.new(b"k" * 16, AES.MODE_CBC)
print(len(c.iv))
g = AES.new(b"k" * 16, AES.MODE_GCM)
print(len(g.nonce), g.block_size)
