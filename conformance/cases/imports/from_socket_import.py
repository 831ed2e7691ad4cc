print("trying socket")
from socket import socket
